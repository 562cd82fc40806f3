package io.concierge.core.kb;

import io.concierge.core.kernel.EnumerationType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a guide stands in its life. A Broadleaf enumeration type, so that the admin offers it as a drop-down (in
 * this order, being {@link Comparable}); the database stores {@link #getType()}.
 */
public final class GuideStatus extends EnumerationType implements Comparable<GuideStatus> {

    private static final long serialVersionUID = 1L;

    /** Read by Broadleaf's admin (by reflection, under this name) to list the choices. */
    private static final Map<String, GuideStatus> TYPES = new LinkedHashMap<String, GuideStatus>();

    public static final GuideStatus DRAFT = new GuideStatus("DRAFT", "Draft", false);
    public static final GuideStatus SCHEDULED = new GuideStatus("SCHEDULED", "Scheduled", true);
    public static final GuideStatus PUBLISHED = new GuideStatus("PUBLISHED", "Published", true);
    public static final GuideStatus ARCHIVED = new GuideStatus("ARCHIVED", "Archived", false);

    private final boolean listed;
    private final int position;

    private GuideStatus(String type, String friendlyType, boolean listed) {
        super(type, friendlyType);
        this.listed = listed;
        this.position = TYPES.size();
        TYPES.put(type, this);
    }

    /** The status stored as {@code type}, or {@code null} for an unknown or missing one. */
    public static GuideStatus getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    /** The stored values of the {@linkplain #isListed() listed} statuses, for queries. */
    public static List<String> listedTypes() {
        List<String> listed = new ArrayList<String>();
        for (GuideStatus status : TYPES.values()) {
            if (status.listed) {
                listed.add(status.getType());
            }
        }
        return listed;
    }

    /** Published and scheduled guides are meant for shoppers, from their publish time on. */
    public boolean isListed() {
        return listed;
    }

    @Override
    public int compareTo(GuideStatus other) {
        return position - other.position;
    }

    private Object readResolve() {
        return TYPES.get(getType());
    }
}
