package io.concierge.core.helpcenter.cases;

import io.concierge.core.kernel.StorefrontUrl;
import io.concierge.core.kernel.mail.MailOutbox;
import io.concierge.core.kernel.mail.MailTemplates;
import org.broadleafcommerce.common.money.Money;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The mails of a case, written to the outbox in the transaction of the message that causes them, under a key naming
 * that message: the receipt of a new case (its number, the link to follow it), each agent's answer, a goodwill
 * coupon.
 */
@Component("cncCaseMails")
public class CaseMails {

    static final String RECEIVED = "helpcenter/case-received";
    static final String ANSWER = "helpcenter/case-answer";
    static final String GOODWILL = "helpcenter/case-goodwill";

    @Resource(name = "cncMailOutbox")
    protected MailOutbox outbox;

    @Resource(name = "cncMailTemplates")
    protected MailTemplates templates;

    @Resource(name = "cncCaseLinks")
    protected CaseLinks links;

    @Resource(name = "cncStorefrontUrl")
    protected StorefrontUrl storefront;

    void received(SupportCase supportCase, CaseMessage first, Date now) {
        send(RECEIVED, supportCase, first, now);
    }

    void answered(SupportCase supportCase, CaseMessage answer, Date now) {
        send(ANSWER, supportCase, answer, now);
    }

    void goodwill(SupportCase supportCase, CaseMessage action, String code, BigDecimal amount, Date validUntil,
                  Date now) {
        Map<String, Object> model = model(supportCase, action, now);
        model.put("code", code);
        model.put("amount", new Money(amount));
        model.put("validUntil", validUntil);
        enqueue(GOODWILL, supportCase, action, model);
    }

    private void send(String template, SupportCase supportCase, CaseMessage message, Date now) {
        enqueue(template, supportCase, message, model(supportCase, message, now));
    }

    private Map<String, Object> model(SupportCase supportCase, CaseMessage message, Date now) {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("caseNumber", supportCase.getNumber());
        model.put("subject", supportCase.getSubject());
        model.put("name", supportCase.getName());
        model.put("message", message.getBody());
        model.put("writtenAt", message.getWrittenAt());
        model.put("caseLink", links.link(supportCase, now));
        model.put("accountLink", storefront.resolve("/account/cases"));
        return model;
    }

    private void enqueue(String template, SupportCase supportCase, CaseMessage message, Map<String, Object> model) {
        Locale locale = supportCase.getLocaleCode() == null ? null
                : Locale.forLanguageTag(supportCase.getLocaleCode().replace('_', '-'));
        outbox.enqueue("case-" + supportCase.getId() + "-message-" + message.getId(), supportCase.getEmail(),
                templates.render(template, locale, model));
    }
}
