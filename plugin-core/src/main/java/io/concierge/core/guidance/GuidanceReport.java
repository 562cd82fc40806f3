package io.concierge.core.guidance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What guidance did over some days: per block and lead reason the impressions, clicks and adds to cart with the click
 * rate, and what it sold (orders placed with an item added from it, those items' revenue and the orders' totals); per
 * day the three counts and the revenue, for a chart.
 */
public final class GuidanceReport {

    /** One block and lead reason's totals. */
    public static final class Line {

        private final String block;
        private final String reason;
        private long impressions;
        private long clicks;
        private long addsToCart;
        private long orders;
        private BigDecimal revenue = BigDecimal.ZERO;
        private BigDecimal ordersTotal = BigDecimal.ZERO;

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

        /** Placed orders holding an item added to the cart from this block and reason. */
        public long getOrders() {
            return orders;
        }

        /** The revenue of the items added from this block and reason, in placed orders (two decimals). */
        public BigDecimal getRevenue() {
            return revenue.setScale(2, RoundingMode.HALF_UP);
        }

        /** The totals of those orders (each order once). */
        public BigDecimal getOrdersTotal() {
            return ordersTotal.setScale(2, RoundingMode.HALF_UP);
        }

        /** Clicks per hundred impressions, one decimal; null before the first impression. */
        public String getClickRatePercent() {
            return impressions == 0 ? null
                    : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * clicks / impressions);
        }
    }

    private final List<String> days = new ArrayList<String>();
    private final Map<String, long[]> perDay = new LinkedHashMap<String, long[]>();
    private final BigDecimal[] revenuePerDay;
    private final Map<String, Line> lines = new LinkedHashMap<String, Line>();

    /**
     * @param sold {@link GuidanceRevenue#sold} rows: day, block, reason, orders, items' revenue, orders' total
     */
    GuidanceReport(LocalDate since, LocalDate until, List<GuidanceTallyImpl> tallies, List<Object[]> sold) {
        for (LocalDate day = since; !day.isAfter(until); day = day.plusDays(1)) {
            days.add(day.toString());
        }
        revenuePerDay = new BigDecimal[days.size()];
        java.util.Arrays.fill(revenuePerDay, BigDecimal.ZERO);
        for (GuidanceEvent event : GuidanceEvent.values()) {
            perDay.put(event.name(), new long[days.size()]);
        }
        for (GuidanceBlock block : GuidanceBlock.values()) {
            for (Reason.Kind reason : block.leadReasons()) {
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
        for (Object[] row : sold) {
            int day = days.indexOf(dayOf(row[0]));
            BigDecimal revenue = decimal(row[4]);
            if (day >= 0) {
                revenuePerDay[day] = revenuePerDay[day].add(revenue);
            }
            Line line = lines.get(row[1].toString().trim() + "." + row[2].toString().trim());
            if (line != null) {
                line.orders += ((Number) row[3]).longValue();
                line.revenue = line.revenue.add(revenue);
                line.ordersTotal = line.ordersTotal.add(decimal(row[5]));
            }
        }
    }

    private static String dayOf(Object value) {
        return value instanceof java.util.Date ? new java.sql.Date(((java.util.Date) value).getTime()).toLocalDate()
                .toString() : String.valueOf(value).substring(0, Math.min(10, String.valueOf(value).length()));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    public List<String> getDays() {
        return Collections.unmodifiableList(days);
    }

    /** Event name to its count on each of {@link #getDays()}. */
    public Map<String, long[]> getPerDay() {
        return Collections.unmodifiableMap(perDay);
    }

    /** The revenue of the items added from guidance in the orders placed on each of {@link #getDays()}. */
    public List<BigDecimal> getRevenuePerDay() {
        List<BigDecimal> revenue = new ArrayList<BigDecimal>();
        for (BigDecimal day : revenuePerDay) {
            revenue.add(day.setScale(2, RoundingMode.HALF_UP));
        }
        return revenue;
    }

    /** Every block and each reason it can lead with, in block then reason order. */
    public List<Line> getLines() {
        return new ArrayList<Line>(lines.values());
    }
}
