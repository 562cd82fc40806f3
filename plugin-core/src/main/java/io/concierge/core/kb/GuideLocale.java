package io.concierge.core.kb;

import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The languages a guide may be written in; the code is stored and chooses the search analysis. A Broadleaf
 * enumeration type so that the admin offers a drop-down.
 */
public final class GuideLocale implements BroadleafEnumerationType, Comparable<GuideLocale>, Serializable {

    private static final long serialVersionUID = 1L;

    /** Read by Broadleaf's admin (by reflection, under this name) to list the choices. */
    private static final Map<String, GuideLocale> TYPES = new LinkedHashMap<String, GuideLocale>();

    public static final GuideLocale ENGLISH = new GuideLocale("en", "English");
    public static final GuideLocale BRAZILIAN_PORTUGUESE = new GuideLocale("pt_BR", "Português (Brasil)");
    public static final GuideLocale SPANISH = new GuideLocale("es", "Español");

    private final String type;
    private final String friendlyType;
    private final int position;

    private GuideLocale(String type, String friendlyType) {
        this.type = type;
        this.friendlyType = friendlyType;
        this.position = TYPES.size();
        TYPES.put(type, this);
    }

    public static GuideLocale getInstance(String code) {
        return code == null ? null : TYPES.get(code);
    }

    public static boolean isSupported(String code) {
        return getInstance(code) != null;
    }

    /** "en", "pt_BR", "es". */
    public static List<String> codes() {
        return new ArrayList<String>(TYPES.keySet());
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public int compareTo(GuideLocale other) {
        return position - other.position;
    }

    @Override
    public String toString() {
        return type;
    }

    private Object readResolve() {
        return TYPES.get(type);
    }
}
