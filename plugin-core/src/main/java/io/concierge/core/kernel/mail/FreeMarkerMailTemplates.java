package io.concierge.core.kernel.mail;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import io.concierge.core.kernel.Language;
import org.broadleafcommerce.common.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Service;
import org.springframework.ui.freemarker.FreeMarkerConfigurationFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/** {@link MailTemplates} with FreeMarker, configured through Spring's {@link FreeMarkerConfigurationFactory}. */
@Service("cncMailTemplates")
public class FreeMarkerMailTemplates implements MailTemplates {

    private static final String[] HELPERS = {"msg", "money", "date", "dateTime", "timestamp", "locale"};

    @Resource(name = "cncMailTemplateLoaderPaths")
    protected List<String> templateLoaderPaths;

    @Resource(name = "cncMailMessageSource")
    protected MessageSource messages;

    /** Empty: the JVM's time zone. */
    @Value("${concierge.mail.timeZone:}")
    protected String timeZone = "";

    private Configuration configuration;
    private TimeZone zone;

    @PostConstruct
    public void configure() throws IOException, TemplateException {
        zone = timeZone.trim().isEmpty() ? TimeZone.getDefault() : checkedZone(timeZone.trim());
        FreeMarkerConfigurationFactory factory = new FreeMarkerConfigurationFactory();
        factory.setTemplateLoaderPaths(templateLoaderPaths.toArray(new String[0]));
        factory.setDefaultEncoding("UTF-8");
        Properties settings = new Properties();
        settings.setProperty("incompatible_improvements", "2.3.32");
        // -html.ftlh templates escape everything they print as HTML; -text.ftl and -subject.ftl print it as it is.
        settings.setProperty("recognize_standard_file_extensions", "true");
        settings.setProperty("template_exception_handler", "rethrow");
        settings.setProperty("log_template_exceptions", "false");
        // Order numbers and ids print as they are (1234, not 1,234); amounts go through money().
        settings.setProperty("number_format", "computer");
        factory.setFreemarkerSettings(settings);
        configuration = factory.createConfiguration();
    }

    @Override
    public RenderedMail render(String mail, Locale locale, Map<String, ?> model) {
        Locale formats = MailFormats.localeFor(locale);
        Language language = Language.forLocale(formats);
        Locale lookup = MailFormats.lookupLocale(language);
        Map<String, Object> data = withHelpers(model, formats, lookup);
        Template subjectTemplate = template(mail + "-subject.ftl", lookup, false);
        String subject = subjectTemplate != null ? process(subjectTemplate, data)
                : message(mail.replace('/', '.') + ".subject", null, lookup, mail);
        return new RenderedMail(subject.replaceAll("\\s+", " ").trim(),
                process(template(mail + "-html.ftlh", lookup, true), data),
                process(template(mail + "-text.ftl", lookup, true), data), language);
    }

    private Map<String, Object> withHelpers(Map<String, ?> model, Locale locale, Locale lookup) {
        Map<String, Object> data = new HashMap<String, Object>();
        if (model != null) {
            for (String helper : HELPERS) {
                if (model.containsKey(helper)) {
                    throw new IllegalArgumentException("\"" + helper + "\" is a helper of the mail templates; give"
                            + " the model entry another name");
                }
            }
            data.putAll(model);
        }
        MailFormats formats = new MailFormats(locale, zone);
        data.put("msg", (TemplateMethodModelEx) arguments -> {
            Object[] values = unwrapped(arguments);
            if (values.length == 0 || !(values[0] instanceof String)) {
                throw new TemplateModelException("msg(key, arguments…) needs a message key first");
            }
            Object[] messageArguments = new Object[values.length - 1];
            System.arraycopy(values, 1, messageArguments, 0, messageArguments.length);
            return message((String) values[0], messageArguments, lookup, null);
        });
        data.put("money", (TemplateMethodModelEx) arguments -> {
            Object[] values = unwrapped(arguments);
            if (values.length == 1 && (values[0] instanceof Money || values[0] == null)) {
                return formats.money((Money) values[0]);
            }
            if (values.length == 2 && values[0] instanceof Number && values[1] instanceof String) {
                return formats.money(new BigDecimal(values[0].toString()), Currency.getInstance((String) values[1]));
            }
            throw new TemplateModelException("money() takes a Money, or an amount and a currency code");
        });
        data.put("date", (TemplateMethodModelEx) arguments -> formats.date(oneDate(arguments)));
        data.put("dateTime", (TemplateMethodModelEx) arguments -> formats.dateTime(oneDate(arguments)));
        data.put("timestamp", (TemplateMethodModelEx) arguments -> formats.timestamp(oneDate(arguments)));
        data.put("locale", locale.toLanguageTag());
        return data;
    }

    private Template template(String name, Locale locale, boolean required) {
        try {
            Template template = configuration.getTemplate(name, locale, null, true, !required);
            if (template == null && required) {
                throw new IllegalArgumentException("No mail template " + name + " in " + templateLoaderPaths);
            }
            return template;
        } catch (IOException e) {
            throw new IllegalArgumentException("Mail template " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String process(Template template, Map<String, Object> data) {
        StringWriter out = new StringWriter();
        try {
            template.process(data, out);
        } catch (TemplateException | IOException e) {
            throw new IllegalArgumentException("Mail template " + template.getName() + " failed: " + e.getMessage(),
                    e);
        }
        return out.toString();
    }

    private String message(String key, Object[] arguments, Locale locale, String mail) {
        try {
            return messages.getMessage(key, arguments, locale);
        } catch (NoSuchMessageException e) {
            throw new IllegalArgumentException(mail == null ? "No mail message " + key
                    : "Mail " + mail + " has neither a template " + mail + "-subject.ftl nor a message " + key, e);
        }
    }

    private static Object[] unwrapped(List<?> arguments) throws TemplateModelException {
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        }
        return values;
    }

    private static java.util.Date oneDate(List<?> arguments) throws TemplateModelException {
        Object[] values = unwrapped(arguments);
        if (values.length != 1) {
            throw new TemplateModelException("date() and dateTime() take one date");
        }
        try {
            return MailFormats.toDate(values[0]);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    private static TimeZone checkedZone(String id) {
        TimeZone zone = TimeZone.getTimeZone(id);
        if (!zone.getID().equals(id)) {
            throw new IllegalArgumentException("concierge.mail.timeZone is not a time zone: \"" + id
                    + "\" (e.g. America/Sao_Paulo)");
        }
        return zone;
    }
}
