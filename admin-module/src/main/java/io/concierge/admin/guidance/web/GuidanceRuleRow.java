package io.concierge.admin.guidance.web;

import io.concierge.core.guidance.CoPurchaseRule;

/** One mined rule as the merchant's list shows it: the two products by name, its figures, whether it is hidden. */
public final class GuidanceRuleRow {

    private final CoPurchaseRule rule;
    private final String productName;
    private final String recommendedName;
    private final boolean hidden;

    GuidanceRuleRow(CoPurchaseRule rule, String productName, String recommendedName, boolean hidden) {
        this.rule = rule;
        this.productName = productName;
        this.recommendedName = recommendedName;
        this.hidden = hidden;
    }

    public CoPurchaseRule getRule() {
        return rule;
    }

    public String getProductName() {
        return productName;
    }

    public String getRecommendedName() {
        return recommendedName;
    }

    public boolean isHidden() {
        return hidden;
    }

    /** Support in percent, one decimal. */
    public String getSupportPercent() {
        return String.format(java.util.Locale.ROOT, "%.1f", rule.getSupport() * 100);
    }

    /** Confidence in percent, whole. */
    public String getConfidencePercent() {
        return String.format(java.util.Locale.ROOT, "%.0f", rule.getConfidence() * 100);
    }

    public String getLift() {
        return String.format(java.util.Locale.ROOT, "%.2f", rule.getLift());
    }
}
