package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.reasons.MerchantReason;
import io.concierge.storefront.kernel.ShopperLocale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

/**
 * A merchant's reasons as the shopper reads them: a reason with a code shows the message {@code <prefix><code>} in
 * the shopper's language where the bundles have it, else its label. Bean {@code cncReasonLabels}.
 */
@Component("cncReasonLabels")
public class ReasonLabels {

    /** A reason to choose: its id and the text shown. */
    public static final class ReasonChoice {
        private final long id;
        private final String label;

        ReasonChoice(long id, String label) {
            this.id = id;
            this.label = label;
        }

        public long getId() { return id; }

        public String getLabel() { return label; }
    }

    @Resource(name = "messageSource")
    protected MessageSource messages;

    public List<ReasonChoice> labelled(List<? extends MerchantReason> reasons, String messagePrefix) {
        List<ReasonChoice> choices = new ArrayList<ReasonChoice>();
        for (MerchantReason reason : reasons) {
            choices.add(new ReasonChoice(reason.getId(), reason.getCode() == null ? reason.getLabel()
                    : messages.getMessage(messagePrefix + reason.getCode(), null, reason.getLabel(),
                    ShopperLocale.current().getLocale())));
        }
        return choices;
    }
}
