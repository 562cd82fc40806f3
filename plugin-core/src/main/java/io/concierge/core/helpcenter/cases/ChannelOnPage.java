package io.concierge.core.helpcenter.cases;

/** A channel as the contact page shows it: with the reply time the shopper may expect, measured where Concierge can. */
public final class ChannelOnPage {

    /** WhatsApp lets a business answer freely only within 24 hours of the customer's last message. */
    static final int WHATSAPP_WINDOW_MINUTES = 24 * 60;

    private final ContactChannel channel;
    private final int replyMinutes;
    private final boolean measured;

    ChannelOnPage(ContactChannel channel, Integer measuredMinutes) {
        this.channel = channel;
        this.measured = measuredMinutes != null;
        this.replyMinutes = measured ? measuredMinutes : channel.getReplyMinutes();
    }

    public String getKind() {
        return channel.getKind().getType();
    }

    public String getLabel() {
        return channel.getLabel();
    }

    public String getContact() {
        return channel.getContact();
    }

    public String getOpeningHours() {
        return channel.getOpeningHours();
    }

    /** Measured (the median first response of the last 30 days) when {@link #isMeasured()}, else promised. */
    public int getReplyMinutes() {
        return replyMinutes;
    }

    public boolean isMeasured() {
        return measured;
    }

    /** A WhatsApp channel whose reply comes after the 24-hour window: the answer then comes by e-mail. */
    public boolean isRepliedByEmail() {
        return channel.getKind() == ContactChannelKind.WHATSAPP && replyMinutes > WHATSAPP_WINDOW_MINUTES;
    }
}
