package io.concierge.core.loyalty;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A merchant's draft of the programme's window and the tiers' entry and keep thresholds, as typed in the simulator's
 * form (kept as typed, to show it again beside a field error). {@link LoyaltySimulator#check} says what is wrong with
 * it; a tier the draft leaves out keeps its saved thresholds.
 */
public final class LoyaltyDraft {

    /** The form's field names: {@value #WINDOW}, {@code entry-<tier id>}, {@code keep-<tier id>}. */
    public static final String WINDOW = "window";
    public static final String ENTRY_PREFIX = "entry-";
    public static final String KEEP_PREFIX = "keep-";

    private final String window;
    private final Map<Long, String> entries;
    private final Map<Long, String> keeps;

    private LoyaltyDraft(String window, Map<Long, String> entries, Map<Long, String> keeps) {
        this.window = window;
        this.entries = Collections.unmodifiableMap(entries);
        this.keeps = Collections.unmodifiableMap(keeps);
    }

    /** The draft a form sent: its window and every {@code entry-<id>} and {@code keep-<id>} field. */
    public static LoyaltyDraft fromForm(Map<String, String> fields) {
        Map<Long, String> entries = new LinkedHashMap<Long, String>();
        Map<Long, String> keeps = new LinkedHashMap<Long, String>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            Long entryTier = tierOf(field.getKey(), ENTRY_PREFIX);
            Long keepTier = tierOf(field.getKey(), KEEP_PREFIX);
            if (entryTier != null) {
                entries.put(entryTier, field.getValue());
            } else if (keepTier != null) {
                keeps.put(keepTier, field.getValue());
            }
        }
        String window = fields.get(WINDOW);
        return new LoyaltyDraft(window == null ? "" : window.trim(), entries, keeps);
    }

    /** The thresholds as they are: the draft of a merchant who changed nothing yet. */
    public static LoyaltyDraft of(LoyaltyThresholds thresholds) {
        Map<Long, String> entries = new LinkedHashMap<Long, String>();
        Map<Long, String> keeps = new LinkedHashMap<Long, String>();
        for (LoyaltyThresholds.Tier tier : thresholds.getTiers()) {
            entries.put(tier.getId(), tier.getEntry().toPlainString());
            keeps.put(tier.getId(), tier.getKeep().toPlainString());
        }
        return new LoyaltyDraft(thresholds.getWindow().getType(), entries, keeps);
    }

    private static Long tierOf(String field, String prefix) {
        String id = field.startsWith(prefix) ? field.substring(prefix.length()) : "";
        return id.matches("-?\\d{1,18}") ? Long.valueOf(id) : null;
    }

    public String getWindow() {
        return window;
    }

    /** The entry threshold typed for the tier; null when the draft has none for it. */
    public String entryOf(long tierId) {
        return entries.get(tierId);
    }

    public String keepOf(long tierId) {
        return keeps.get(tierId);
    }

    Map<Long, String> entries() {
        return entries;
    }

    /** @return the amount typed, or null for anything that is not a plain number */
    static BigDecimal amount(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!trimmed.matches("-?\\d{1,15}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(trimmed);
    }
}
