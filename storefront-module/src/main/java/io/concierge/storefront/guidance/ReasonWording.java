package io.concierge.storefront.guidance;

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
            default:
                return new ReasonText(reason.getKind(), priceAgainst(viewed, recommended));
        }
    }

    private String boughtTogether(CoPurchaseRule rule, Product viewed) {
        NumberFormat percent = NumberFormat.getPercentInstance(shopper.getLocale());
        percent.setMaximumFractionDigits(0);
        return message("guidance.reason.boughtTogether", percent.format(rule.getConfidence()), viewed.getName());
    }

    /** "Similar, $40.00 less", "$110.00 more", or "A similar choice" when the prices cannot be compared. */
    private String priceAgainst(Product viewed, Product recommended) {
        Money viewedPrice = viewed.getDefaultSku() == null ? null : SkuDisplay.priceToPay(viewed.getDefaultSku());
        Money price = SkuDisplay.priceToPay(recommended.getDefaultSku());
        if (viewedPrice == null || price == null || !viewedPrice.getCurrency().equals(price.getCurrency())) {
            return message("guidance.reason.similar");
        }
        BigDecimal difference = price.getAmount().subtract(viewedPrice.getAmount()).setScale(2, RoundingMode.HALF_UP);
        if (difference.signum() == 0) {
            return message("guidance.reason.samePrice");
        }
        String amount = shopper.money(new Money(difference.abs(), price.getCurrency()));
        return message(difference.signum() < 0 ? "guidance.reason.cheaper" : "guidance.reason.pricier", amount);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, shopper.getLocale());
    }
}
