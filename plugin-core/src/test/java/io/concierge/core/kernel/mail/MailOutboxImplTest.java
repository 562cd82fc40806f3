package io.concierge.core.kernel.mail;

import io.concierge.core.kernel.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the outbox refuses before anything is stored (no store behind it here). */
class MailOutboxImplTest {

    private final RenderedMail mail = new RenderedMail("Hello", "<p>Hello</p>", "Hello", Language.ENGLISH);
    private MailOutboxImpl outbox;

    @BeforeEach
    void outbox() {
        outbox = new MailOutboxImpl();
        outbox.from = "Shop <store@shop.example.com>";
        outbox.checkSettings();
    }

    @Test
    void aMailWithoutKeyOrWithAnOverlongOneIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(" ", "ana@example.com", mail))
                .hasMessageContaining("idempotency key");
        assertThatThrownBy(() -> outbox.enqueue(repeat('k', 201), "ana@example.com", mail))
                .hasMessageContaining("longer than 200");
    }

    @Test
    void aRecipientMustBeExactlyOneAddress() {
        assertThatThrownBy(() -> outbox.enqueue("k", null, mail)).hasMessageContaining("recipient address is missing");
        assertThatThrownBy(() -> outbox.enqueue("k", "not an address", mail))
                .hasMessageContaining("Not an e-mail address for the recipient");
        assertThatThrownBy(() -> outbox.enqueue("k", "ana@example.com, bob@example.com", mail))
                .hasMessageContaining("one address, not 2");
        assertThatThrownBy(() -> outbox.enqueue("k", "ana@example.com\r\nBcc: eve@example.com", mail))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMailNeedsAOneLineSubjectATextBodyAndALanguage() {
        assertThatThrownBy(() -> outbox.enqueue("k", "ana@example.com",
                new RenderedMail("Hello\r\nBcc: eve@example.com", null, "Hello", Language.ENGLISH)))
                .hasMessageContaining("one line");
        assertThatThrownBy(() -> outbox.enqueue("k", "ana@example.com",
                new RenderedMail("", null, "Hello", Language.ENGLISH))).hasMessageContaining("needs a subject");
        assertThatThrownBy(() -> outbox.enqueue("k", "ana@example.com",
                new RenderedMail("Hello", "<p>Hello</p>", null, Language.ENGLISH)))
                .hasMessageContaining("plain-text body");
        assertThatThrownBy(() -> outbox.enqueue("k", "ana@example.com",
                new RenderedMail("Hello", null, "Hello", null))).hasMessageContaining("language");
    }

    @Test
    void aFromAddressOrMessageIdDomainThatCannotWorkStopsTheStartByName() {
        MailOutboxImpl misconfigured = new MailOutboxImpl();
        misconfigured.from = "the store";
        assertThatThrownBy(misconfigured::checkSettings).hasMessageContaining("concierge.mail.from");
        misconfigured.from = "store@shop.example.com";
        misconfigured.messageIdDomain = "shop example";
        assertThatThrownBy(misconfigured::checkSettings).hasMessageContaining("Not a domain for Message-IDs");
    }

    private static String repeat(char c, int times) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < times; i++) {
            text.append(c);
        }
        return text.toString();
    }
}
