package io.concierge.core.kb;

import java.util.Date;

/**
 * When shoppers may see a guide: published or scheduled, and its publish time reached. A scheduled guide therefore
 * appears at its time by itself, with no job and no restart; the listing queries apply the same rule in the
 * database ({@link GuideDaoImpl}).
 */
public final class GuideVisibility {

    private GuideVisibility() {
    }

    public static boolean isVisible(Guide guide, Date now) {
        return isVisible(guide.getStatus(), guide.getPublishAt(), now);
    }

    public static boolean isVisible(GuideStatus status, Date publishAt, Date now) {
        return status != null && status.isListed() && publishAt != null && !publishAt.after(now);
    }
}
