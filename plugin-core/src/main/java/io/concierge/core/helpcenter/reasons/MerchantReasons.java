package io.concierge.core.helpcenter.reasons;

import java.util.List;

/** Lookups in a list of merchant reasons. */
public final class MerchantReasons {

    private MerchantReasons() {
    }

    /** @return the reason of this id among {@code reasons}, or null (also for a null id) */
    public static <T extends MerchantReason> T find(Long reasonId, List<T> reasons) {
        for (T reason : reasons) {
            if (reason.getId().equals(reasonId)) {
                return reason;
            }
        }
        return null;
    }
}
