package io.concierge.core.helpcenter.cases;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ContactChannelsTest {

    private static long minutes(long minutes) {
        return TimeUnit.MINUTES.toMillis(minutes);
    }

    @Test
    void theMeasuredReplyTimeIsTheMedianInWholeMinutesOnceThereAreAFewCases() {
        assertThat(ContactChannels.median(Arrays.asList(minutes(30), minutes(90)))).as("too few").isNull();
        assertThat(ContactChannels.median(Arrays.asList(minutes(240), minutes(30), minutes(90)))).isEqualTo(90);
        assertThat(ContactChannels.median(Arrays.asList(minutes(10), minutes(20), minutes(30), minutes(41))))
                .isEqualTo(25);
        assertThat(ContactChannels.median(Arrays.asList(1000L, 2000L, 3000L))).as("rounded up").isEqualTo(1);
    }

    @Test
    void whatsAppPastItsTwentyFourHourWindowAnswersByEmail() {
        ContactChannelImpl whatsApp = new ContactChannelImpl();
        whatsApp.setKind(ContactChannelKind.WHATSAPP);
        whatsApp.setReplyMinutes(24 * 60);
        assertThat(new ChannelOnPage(whatsApp, null).isRepliedByEmail()).isFalse();
        whatsApp.setReplyMinutes(24 * 60 + 1);
        assertThat(new ChannelOnPage(whatsApp, null).isRepliedByEmail()).isTrue();
        ContactChannelImpl form = new ContactChannelImpl();
        form.setReplyMinutes(48 * 60);
        ChannelOnPage measured = new ChannelOnPage(form, 95);
        assertThat(measured.getReplyMinutes()).isEqualTo(95);
        assertThat(measured.isMeasured()).isTrue();
        assertThat(measured.isRepliedByEmail()).isFalse();
    }
}
