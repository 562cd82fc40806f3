package io.concierge.storefront.guidance;

import io.concierge.core.guidance.AttributeDifference;
import io.concierge.core.guidance.CoPurchaseRule;
import io.concierge.core.guidance.Reason;
import io.concierge.storefront.kernel.ShopperLocale;
import io.concierge.storefront.kernel.SkuDisplay;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;

/**
 * Puts a {@link Reason} into the shopper's language (messages/GuidanceMessages): percentages and money are
 * formatted for their locale; a substitute's reason is its price against the viewed product's.
 */
final class ReasonWording {

    private final MessageSource messages;
    private final ShopperLocale shopper;

    ReasonWording(MessageSource messages, ShopperLocale shopper) {
        this.messages = messages;
        this.shopper = shopper;
    }

    ReasonText word(Reason reason, Product viewed, Product recommended) {
        switch (reason.getKind()) {
            case MERCHANT:
                return new ReasonText(reason.getKind(), reason.getText());
            case BOUGHT_TOGETHER:
                return new ReasonText(reason.getKind(), boughtTogether(reason.getRule(), viewed));
            case BOUGHT_BEFORE:
                return new ReasonText(reason.getKind(), message("guidance.reason.boughtBefore",
                        reason.getPurchase().getProductName(), month(reason.getPurchase().getBoughtAt())));
            case DUE_AGAIN:
                return new ReasonText(reason.getKind(), message("guidance.reason.dueAgain",
                        month(reason.getPurchase().getBoughtAt()), reason.getIntervalDays()));
            default:
                return new ReasonText(reason.getKind(), substitute(reason.getDifferences(), viewed, recommended));
        }
    }

    private String boughtTogether(CoPurchaseRule rule, Product viewed) {
        NumberFormat percent = NumberFormat.getPercentInstance(shopper.getLocale());
        percent.setMaximumFractionDigits(0);
        return message("guidance.reason.boughtTogether", percent.format(rule.getConfidence()), viewed.getName());
    }

    /**
     * The substitute against the viewed product: its comparable attributes' differences with the price difference
     * ("+17 L capacity for $110.00 more"), or the price difference alone ("Similar, $40.00 less"), or "A similar
     * choice" when the prices cannot be compared.
     */
    private String substitute(List<AttributeDifference> differences, Product viewed, Product recommended) {
        Money viewedPrice = viewed.getDefaultSku() == null ? null : SkuDisplay.priceToPay(viewed.getDefaultSku());
        Money price = SkuDisplay.priceToPay(recommended.getDefaultSku());
        String attributes = differences.isEmpty() ? null : attributes(differences);
        if (viewedPrice == null || price == null || !viewedPrice.getCurrency().equals(price.getCurrency())) {
            return attributes != null ? attributes : message("guidance.reason.similar");
        }
        BigDecimal difference = price.getAmount().subtract(viewedPrice.getAmount()).setScale(2, RoundingMode.HALF_UP);
        String amount = shopper.money(new Money(difference.abs(), price.getCurrency()));
        String key = difference.signum() == 0 ? "samePrice" : difference.signum() < 0 ? "cheaper" : "pricier";
        return attributes == null ? message("guidance.reason." + key, amount)
                : message("guidance.reason." + key + "With", attributes, amount);
    }

    /** "+17 L capacity, -0.3 kg weight": each attribute's label from the messages, its name if there is none. */
    private String attributes(List<AttributeDifference> differences) {
        NumberFormat number = NumberFormat.getNumberInstance(shopper.getLocale());
        number.setMaximumFractionDigits(6);
        StringBuilder text = new StringBuilder();
        for (AttributeDifference difference : differences) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(difference.getDifference().signum() > 0 ? "+" : "-")
                    .append(number.format(difference.getDifference().abs()))
                    .append(difference.getUnit().isEmpty() ? "" : " " + difference.getUnit()).append(' ')
                    .append(messages.getMessage("guidance.attribute." + difference.getName(), null,
                            difference.getName(), shopper.getLocale()));
        }
        return text.toString();
    }

    private String month(java.util.Date date) {
        return shopper.month(date, java.time.ZoneId.systemDefault());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, shopper.getLocale());
    }
}
