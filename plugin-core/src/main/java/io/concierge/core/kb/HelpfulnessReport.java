package io.concierge.core.kb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The editors' report of the most and least helpful guides: ranked by their share of helpful votes, among the
 * guides with at least {@code minVotes} votes (so that one early vote ranks nobody first or last). Ties go to the
 * guide with more votes. With few rated guides the same guide may appear in both lists.
 */
public final class HelpfulnessReport {

    private static final Comparator<GuideHelpfulness> MOST_HELPFUL_FIRST = new Comparator<GuideHelpfulness>() {
        @Override
        public int compare(GuideHelpfulness a, GuideHelpfulness b) {
            int byRatio = Double.compare(b.getHelpfulRatio(), a.getHelpfulRatio());
            return byRatio != 0 ? byRatio : compareByVotesThenId(a, b);
        }
    };

    private static final Comparator<GuideHelpfulness> LEAST_HELPFUL_FIRST = new Comparator<GuideHelpfulness>() {
        @Override
        public int compare(GuideHelpfulness a, GuideHelpfulness b) {
            int byRatio = Double.compare(a.getHelpfulRatio(), b.getHelpfulRatio());
            return byRatio != 0 ? byRatio : compareByVotesThenId(a, b);
        }
    };

    private final int minVotes;
    private final List<GuideHelpfulness> mostHelpful;
    private final List<GuideHelpfulness> leastHelpful;
    private final int ratedGuides;
    private final long totalHelpfulVotes;
    private final long totalUnhelpfulVotes;

    private HelpfulnessReport(int minVotes, List<GuideHelpfulness> mostHelpful, List<GuideHelpfulness> leastHelpful,
                              int ratedGuides, long totalHelpfulVotes, long totalUnhelpfulVotes) {
        this.minVotes = minVotes;
        this.mostHelpful = Collections.unmodifiableList(mostHelpful);
        this.leastHelpful = Collections.unmodifiableList(leastHelpful);
        this.ratedGuides = ratedGuides;
        this.totalHelpfulVotes = totalHelpfulVotes;
        this.totalUnhelpfulVotes = totalUnhelpfulVotes;
    }

    /**
     * @param rated               the guides with at least {@code minVotes} votes, in any order
     * @param limit               the length of each list
     * @param totalHelpfulVotes   helpful votes over all guides, rated or not
     * @param totalUnhelpfulVotes unhelpful votes over all guides, rated or not
     */
    public static HelpfulnessReport rank(List<GuideHelpfulness> rated, int minVotes, int limit,
                                         long totalHelpfulVotes, long totalUnhelpfulVotes) {
        return new HelpfulnessReport(minVotes, top(rated, MOST_HELPFUL_FIRST, limit),
                top(rated, LEAST_HELPFUL_FIRST, limit), rated.size(), totalHelpfulVotes, totalUnhelpfulVotes);
    }

    private static List<GuideHelpfulness> top(List<GuideHelpfulness> rated, Comparator<GuideHelpfulness> order,
                                              int limit) {
        List<GuideHelpfulness> sorted = new ArrayList<GuideHelpfulness>(rated);
        Collections.sort(sorted, order);
        return new ArrayList<GuideHelpfulness>(sorted.subList(0, Math.min(limit, sorted.size())));
    }

    private static int compareByVotesThenId(GuideHelpfulness a, GuideHelpfulness b) {
        int byVotes = Long.compare(b.getTotalVotes(), a.getTotalVotes());
        return byVotes != 0 ? byVotes : Long.compare(a.getGuideId(), b.getGuideId());
    }

    public int getMinVotes() {
        return minVotes;
    }

    public List<GuideHelpfulness> getMostHelpful() {
        return mostHelpful;
    }

    public List<GuideHelpfulness> getLeastHelpful() {
        return leastHelpful;
    }

    /** How many guides had enough votes to be ranked. */
    public int getRatedGuides() {
        return ratedGuides;
    }

    public long getTotalHelpfulVotes() {
        return totalHelpfulVotes;
    }

    public long getTotalUnhelpfulVotes() {
        return totalUnhelpfulVotes;
    }
}
