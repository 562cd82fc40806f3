package io.concierge.core.loyalty;

import io.concierge.core.kernel.EnumerationType;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which orders count towards a standing, as a Broadleaf enumeration type for the admin's drop-down. */
public final class LoyaltyWindow extends EnumerationType {

    private static final long serialVersionUID = 1L;

    /** Read by Broadleaf's admin (by reflection, under this name) to list the choices. */
    private static final Map<String, LoyaltyWindow> TYPES = new LinkedHashMap<String, LoyaltyWindow>();

    public static final LoyaltyWindow LIFETIME = new LoyaltyWindow("LIFETIME", "Lifetime");
    public static final LoyaltyWindow ROLLING_12_MONTHS = new LoyaltyWindow("ROLLING_12_MONTHS", "Last 12 months");
    /** Since the 1st of January (UTC) of the current year. */
    public static final LoyaltyWindow CALENDAR_YEAR = new LoyaltyWindow("CALENDAR_YEAR", "Calendar year");


    private LoyaltyWindow(String type, String friendlyType) {
        super(type, friendlyType);
        TYPES.put(type, this);
    }

    /** The choices, in the order of the admin's drop-down. */
    public static List<LoyaltyWindow> all() {
        return Collections.unmodifiableList(new ArrayList<LoyaltyWindow>(TYPES.values()));
    }

    public static LoyaltyWindow getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    /** The earliest submit date that counts at {@code now}; the epoch for the lifetime. */
    public Date start(Date now) {
        ZonedDateTime at = now.toInstant().atZone(ZoneOffset.UTC);
        if (this == ROLLING_12_MONTHS) {
            return Date.from(at.minusMonths(12).toInstant());
        }
        if (this == CALENDAR_YEAR) {
            return Date.from(at.toLocalDate().withDayOfYear(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return new Date(0);
    }

    private Object readResolve() {
        return TYPES.get(getType());
    }
}
