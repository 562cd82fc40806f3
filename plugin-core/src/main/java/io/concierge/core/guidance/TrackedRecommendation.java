package io.concierge.core.guidance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which block a recommendation was in and the kind of its first reason, as a short token that a recommendation's
 * link carries ({@code goes-well-with.BOUGHT_TOGETHER.1006}) so its click, and an add to cart after it, are counted.
 */
public final class TrackedRecommendation {

    private static final Pattern TOKEN = Pattern.compile("([a-z-]{1,20})\\.([A-Z_]{1,20})\\.(\\d{1,18})");

    private final GuidanceBlock block;
    private final Reason.Kind reason;
    private final long productId;

    public TrackedRecommendation(GuidanceBlock block, Reason.Kind reason, long productId) {
        this.block = block;
        this.reason = reason;
        this.productId = productId;
    }

    /** @return the token's recommendation, or null for anything that is not one */
    public static TrackedRecommendation parse(String token) {
        Matcher parts = token == null ? null : TOKEN.matcher(token);
        if (parts == null || !parts.matches()) {
            return null;
        }
        GuidanceBlock block = GuidanceBlock.ofCode(parts.group(1));
        Reason.Kind reason = null;
        for (Reason.Kind kind : Reason.Kind.values()) {
            if (kind.name().equals(parts.group(2))) {
                reason = kind;
            }
        }
        return block == null || reason == null ? null
                : new TrackedRecommendation(block, reason, Long.parseLong(parts.group(3)));
    }

    public String token() {
        return block.code() + "." + reason.name() + "." + productId;
    }

    public GuidanceBlock getBlock() {
        return block;
    }

    public Reason.Kind getReason() {
        return reason;
    }

    public long getProductId() {
        return productId;
    }
}
