package io.concierge.storefront.guidance;

import io.concierge.core.guidance.Reason;

/** A reason in the shopper's words, with its kind (for themes that style or count them). */
public final class ReasonText {

    private final Reason.Kind kind;
    private final String text;

    ReasonText(Reason.Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    public String getKind() {
        return kind.name();
    }

    /** Plain text; the theme escapes it like any other text. */
    public String getText() {
        return text;
    }
}
