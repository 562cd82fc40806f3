package io.concierge.core.guidance;

import java.math.BigDecimal;

/** How much more (or less) of a comparable attribute a substitute has: "+17 L capacity". */
public final class AttributeDifference {

    private final String name;
    private final BigDecimal difference;
    private final String unit;

    AttributeDifference(String name, BigDecimal difference, String unit) {
        this.name = name;
        this.difference = difference;
        this.unit = unit;
    }

    /** The attribute's name without the {@code compare.} prefix: {@code capacity}. */
    public String getName() {
        return name;
    }

    /** The substitute's value minus the viewed product's; never zero. */
    public BigDecimal getDifference() {
        return difference;
    }

    /** As both values wrote it ("L", "kg"); empty for a bare number. */
    public String getUnit() {
        return unit;
    }
}
