package io.concierge.core.kernel.mail;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a mail from templates ({@code cncMailTemplates}), the way every capability writes its mails.
 * <p>
 * A mail named {@code survey/invite} is the FreeMarker templates {@code survey/invite-html.ftlh} (HTML, everything
 * printed is escaped), {@code survey/invite-text.ftl} (plain text) and, optionally, {@code survey/invite-subject.ftl};
 * without that one the subject is the message {@code survey.invite.subject}. Each template may have a version per
 * language ({@code survey/invite-html_pt_BR.ftlh}), found by FreeMarker's localized lookup. Templates are looked up in
 * {@code cncMailTemplateLoaderPaths}, first match wins, so an integrator's folder listed first overrides any of them.
 * <p>
 * Besides the model, templates get {@code msg(key, args…)} (the message in the mail's locale, from
 * {@code cncMailMessageSource}), {@code money(amount)} / {@code money(amount, "USD")} (a Broadleaf {@code Money} or a
 * number), {@code date(d)} and {@code dateTime(d)} (a {@code java.util.Date} or an {@code Instant}, in
 * {@code concierge.mail.timeZone}), all formatted for the locale, and {@code locale}.
 */
public interface MailTemplates {

    /**
     * @param locale the recipient's locale (e.g. {@code es_MX}): its Concierge language chooses templates and
     *               messages, the locale itself the formats; null is English
     * @throws IllegalArgumentException if a template is missing or fails, naming it and why
     */
    RenderedMail render(String mail, Locale locale, Map<String, ?> model);
}
