package io.concierge.core.kb;

/** The "was this helpful?" tally of one guide. */
public final class GuideHelpfulness {

    private final long guideId;
    private final String title;
    private final String slug;
    private final long helpfulVotes;
    private final long unhelpfulVotes;

    public GuideHelpfulness(long guideId, String title, String slug, long helpfulVotes, long unhelpfulVotes) {
        this.guideId = guideId;
        this.title = title;
        this.slug = slug;
        this.helpfulVotes = helpfulVotes;
        this.unhelpfulVotes = unhelpfulVotes;
    }

    public long getGuideId() {
        return guideId;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public long getHelpfulVotes() {
        return helpfulVotes;
    }

    public long getUnhelpfulVotes() {
        return unhelpfulVotes;
    }

    public long getTotalVotes() {
        return helpfulVotes + unhelpfulVotes;
    }

    /** Share of helpful votes, 0 to 1; 0 without votes. */
    public double getHelpfulRatio() {
        long total = getTotalVotes();
        return total == 0 ? 0 : (double) helpfulVotes / total;
    }
}
