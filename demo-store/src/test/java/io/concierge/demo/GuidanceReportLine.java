package io.concierge.demo;

import org.jsoup.nodes.Element;

import java.io.IOException;
import java.math.BigDecimal;

/** One block and lead reason's line of the admin's guidance report, as the merchant reads it. */
final class GuidanceReportLine {

    final long impressions;
    final long clicks;
    final long addsToCart;
    final long orders;
    final long revenueCents;
    final long ordersTotalCents;

    private GuidanceReportLine(Element line) {
        impressions = Long.parseLong(line.select(".cnc-report-impressions").text());
        clicks = Long.parseLong(line.select(".cnc-report-clicks").text());
        addsToCart = Long.parseLong(line.select(".cnc-report-adds").text());
        orders = Long.parseLong(line.select(".cnc-report-orders").text());
        revenueCents = cents(line.select(".cnc-report-revenue").text());
        ordersTotalCents = cents(line.select(".cnc-report-orders-total").text());
    }

    static GuidanceReportLine read(AdminSession merchant, String block, String reason) throws IOException {
        return new GuidanceReportLine(merchant.get("/guidance-rules").selectFirst("tr.cnc-report-line[data-block="
                + block + "][data-reason=" + reason + "]"));
    }

    /** "$29.00" or "29.00" as 2900. */
    static long cents(String amount) {
        return new BigDecimal(amount.replaceAll("[^0-9.]", "")).movePointRight(2).longValueExact();
    }
}
