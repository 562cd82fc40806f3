package io.concierge.core.kernel.mail;

import io.concierge.core.kernel.Language;
import org.broadleafcommerce.common.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mail templates on test templates and messages, with the kernel's layout and an integrator's folder first. */
class FreeMarkerMailTemplatesTest {

    @TempDir
    Path integratorFolder;

    FreeMarkerMailTemplates templates;

    @BeforeEach
    void configure() throws Exception {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames("classpath:/mail-fixtures/messages/TestMailMessages",
                "classpath:/messages/ConciergeMailMessages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        templates = new FreeMarkerMailTemplates();
        templates.templateLoaderPaths = Arrays.asList(integratorFolder.toUri().toString(),
                "classpath:/mail-fixtures/", "classpath:/concierge/mail/");
        templates.messages = messages;
        templates.timeZone = "America/Sao_Paulo";
        templates.configure();
    }

    @Test
    void englishMailWithTheSubjectFromItsMessageTheLayoutAndTheFormatsOfTheLocale() {
        RenderedMail mail = templates.render("order/shipped", Locale.US, shipped());

        assertThat(mail.getLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(mail.getSubject()).isEqualTo("Your order is on its way");
        assertThat(mail.getHtmlBody()).contains("<html lang=\"en-US\">", "<title>Order A-1234 shipped</title>",
                "Your order A-1234 left our warehouse.", "$109.00", "December 3, 2026",
                "This message was sent automatically.");
        assertThat(mail.getTextBody()).contains("$109.00 | December 3, 2026 | €19.90 | 1234");
    }

    @Test
    void whatTheModelSaysIsEscapedInTheHtmlBodyAndPrintedAsItIsInTheText() {
        RenderedMail mail = templates.render("order/shipped", Locale.US, shipped());

        assertThat(mail.getHtmlBody()).contains("<p>&lt;b&gt;Fragile&lt;/b&gt; &amp; heavy</p>")
                .doesNotContain("<b>Fragile</b>");
        assertThat(mail.getTextBody()).contains("<b>Fragile</b> & heavy");
    }

    @Test
    void portugueseAndSpanishMailsReadTheirMessagesAndFormatMoneyAndDatesTheirWay() {
        RenderedMail portuguese = templates.render("order/shipped", new Locale("pt", "BR"), shipped());
        RenderedMail spanish = templates.render("order/shipped", new Locale("es", "MX"), shipped());

        assertThat(portuguese.getLanguage()).isEqualTo(Language.PORTUGUESE);
        assertThat(portuguese.getSubject()).isEqualTo("Seu pedido está a caminho");
        assertThat(portuguese.getTextBody()).contains("Seu pedido A-1234 saiu do nosso depósito.")
                .contains("3 de dezembro de 2026").contains("109,00").contains("US$")
                .contains("Esta mensagem foi enviada automaticamente.");
        assertThat(spanish.getLanguage()).isEqualTo(Language.SPANISH);
        assertThat(spanish.getSubject()).isEqualTo("Tu pedido está en camino");
        assertThat(spanish.getTextBody()).contains("3 de diciembre de 2026")
                .contains("Este mensaje se envió automáticamente.");
    }

    @Test
    void theDateIsTheDayInTheConfiguredTimeZone() {
        Map<String, Object> model = shipped();
        model.put("shippedAt", Instant.parse("2026-12-04T01:30:00Z"));

        assertThat(templates.render("order/shipped", Locale.US, model).getTextBody())
                .as("22:30 of the 3rd in São Paulo").contains("December 3, 2026");
    }

    @Test
    void aSubjectTemplateWinsOverTheMessageAndIsOneLine() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("name", "Ana");

        assertThat(templates.render("order/welcome", Locale.US, model).getSubject()).isEqualTo("Welcome, Ana (en-US)");
    }

    @Test
    void aLanguagesOwnTemplateIsFoundForAnyLocaleOfTheLanguage() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("name", "Ana");

        RenderedMail portugal = templates.render("order/welcome", new Locale("pt", "PT"), model);

        assertThat(portugal.getLanguage()).isEqualTo(Language.PORTUGUESE);
        assertThat(portugal.getHtmlBody()).contains("Boas-vindas, Ana!");
        assertThat(portugal.getSubject()).isEqualTo("Boas-vindas, Ana (pt-PT)");
        assertThat(templates.render("order/welcome", null, model).getHtmlBody()).contains("Welcome, Ana!");
    }

    @Test
    void aTemplateInTheIntegratorsFolderOverridesTheShippedOne() throws IOException {
        Files.createDirectories(integratorFolder.resolve("order"));
        Files.write(integratorFolder.resolve("order/shipped-text.ftl"),
                "Shipped by us: ${number}".getBytes(StandardCharsets.UTF_8));

        RenderedMail mail = templates.render("order/shipped", Locale.US, shipped());

        assertThat(mail.getTextBody()).isEqualTo("Shipped by us: A-1234");
        assertThat(mail.getHtmlBody()).contains("left our warehouse");
    }

    @Test
    void missingTemplatesAndMessagesAndReservedNamesAreClearErrors() {
        assertThatThrownBy(() -> templates.render("order/nothing", Locale.US, shipped()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order/nothing");
        Map<String, Object> model = shipped();
        model.put("money", "mine");
        assertThatThrownBy(() -> templates.render("order/shipped", Locale.US, model))
                .hasMessageContaining("\"money\" is a helper");
        Map<String, Object> incomplete = shipped();
        incomplete.remove("note");
        assertThatThrownBy(() -> templates.render("order/shipped", Locale.US, incomplete))
                .hasMessageContaining("Mail template order/shipped-html.ftlh failed")
                .hasMessageContaining("note");
    }

    @Test
    void aBadTimeZoneStopsTheStartByName() {
        templates.timeZone = "Mars/Olympus";
        assertThatThrownBy(templates::configure).hasMessageContaining("concierge.mail.timeZone");
    }

    private static Map<String, Object> shipped() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("number", "A-1234");
        model.put("items", 1234);
        model.put("total", new Money(new BigDecimal("109.00"), "USD"));
        model.put("shippedAt", Date.from(Instant.parse("2026-12-03T15:00:00Z")));
        model.put("note", "<b>Fragile</b> & heavy");
        return model;
    }
}
