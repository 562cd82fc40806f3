package io.concierge.core.guidance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What guidance did over some days: per block and lead reason the impressions, clicks and adds to cart with the click
 * rate, and per day the three counts for a chart.
 */
public final class GuidanceReport {

    /** One block and lead reason's totals. */
    public static final class Line {

        private final String block;
        private final String reason;
        private long impressions;
        private long clicks;
        private long addsToCart;

        Line(String block, String reason) {
            this.block = block;
            this.reason = reason;
        }

        public String getBlock() {
            return block;
        }

        public String getReason() {
            return reason;
        }

        public long getImpressions() {
            return impressions;
        }

        public long getClicks() {
            return clicks;
        }

        public long getAddsToCart() {
            return addsToCart;
        }

        /** Clicks per hundred impressions, one decimal; null before the first impression. */
        public String getClickRatePercent() {
            return impressions == 0 ? null
                    : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * clicks / impressions);
        }
    }

    private final List<String> days = new ArrayList<String>();
    private final Map<String, long[]> perDay = new LinkedHashMap<String, long[]>();
    private final Map<String, Line> lines = new LinkedHashMap<String, Line>();

    GuidanceReport(LocalDate since, LocalDate until, List<GuidanceTallyImpl> tallies) {
        for (LocalDate day = since; !day.isAfter(until); day = day.plusDays(1)) {
            days.add(day.toString());
        }
        for (GuidanceEvent event : GuidanceEvent.values()) {
            perDay.put(event.name(), new long[days.size()]);
        }
        for (GuidanceBlock block : GuidanceBlock.values()) {
            for (Reason.Kind reason : Reason.Kind.values()) {
                lines.put(block.code() + "." + reason.name(), new Line(block.code(), reason.name()));
            }
        }
        for (GuidanceTallyImpl tally : tallies) {
            TallyKey key = tally.getId();
            int day = days.indexOf(new java.sql.Date(key.getDay().getTime()).toLocalDate().toString());
            long[] series = perDay.get(key.getEvent());
            if (day >= 0 && series != null) {
                series[day] += tally.getTimes();
            }
            Line line = lines.get(key.getBlock() + "." + key.getReason());
            if (line != null) {
                if (GuidanceEvent.IMPRESSION.name().equals(key.getEvent())) {
                    line.impressions += tally.getTimes();
                } else if (GuidanceEvent.CLICK.name().equals(key.getEvent())) {
                    line.clicks += tally.getTimes();
                } else if (GuidanceEvent.ADD_TO_CART.name().equals(key.getEvent())) {
                    line.addsToCart += tally.getTimes();
                }
            }
        }
    }

    public List<String> getDays() {
        return Collections.unmodifiableList(days);
    }

    /** Event name to its count on each of {@link #getDays()}. */
    public Map<String, long[]> getPerDay() {
        return Collections.unmodifiableMap(perDay);
    }

    /** Every block and lead reason, in block then reason order. */
    public List<Line> getLines() {
        return new ArrayList<Line>(lines.values());
    }
}
