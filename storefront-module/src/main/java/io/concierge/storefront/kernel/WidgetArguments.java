package io.concierge.storefront.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The named arguments a theme passed to a widget, as numbers or text; readers never throw on a bad value. */
public final class WidgetArguments {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");

    private final Map<String, Object> values;

    public WidgetArguments(Map<String, ?> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<String, Object>(values));
    }

    /** The argument as a whole number (a number, or text of digits), else null. */
    public Long wholeNumber(String name) {
        Object value = values.get(name);
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        String text = value == null ? null : value.toString().trim();
        return text != null && WHOLE_NUMBER.matcher(text).matches() ? Long.valueOf(text) : null;
    }

    /** The argument as text, or null. */
    public String text(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
