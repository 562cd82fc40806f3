package io.concierge.core.guidance;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductAttribute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product attributes a merchant marks as comparable by naming them {@code compare.<name>} in Broadleaf (value a
 * number with an optional unit: {@code compare.capacity} = {@code 28 L}), and the differences between two products'
 * values. Values in different units, or not numbers, are not compared.
 */
public final class ComparableAttributes {

    static final String PREFIX = "compare.";

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("\\s*(-?\\d{1,9}(?:\\.\\d{1,6})?)\\s*(\\S.{0,19})?");

    private ComparableAttributes() {
    }

    /** The substitute's differences from the viewed product, by attribute name; equal values are left out. */
    public static List<AttributeDifference> differences(Product viewed, Product substitute) {
        Map<String, String[]> mine = comparable(viewed.getProductAttributes());
        Map<String, String[]> theirs = comparable(substitute.getProductAttributes());
        List<AttributeDifference> differences = new ArrayList<AttributeDifference>();
        for (Map.Entry<String, String[]> attribute : theirs.entrySet()) {
            String[] own = mine.get(attribute.getKey());
            if (own != null && own[1].equals(attribute.getValue()[1])) {
                BigDecimal difference = new BigDecimal(attribute.getValue()[0]).subtract(new BigDecimal(own[0]));
                if (difference.signum() != 0) {
                    differences.add(new AttributeDifference(attribute.getKey(), difference.stripTrailingZeros(),
                            own[1]));
                }
            }
        }
        return differences;
    }

    /** Name (without the prefix) to {number, unit}, in name order. */
    private static Map<String, String[]> comparable(Map<String, ProductAttribute> attributes) {
        Map<String, String[]> comparable = new TreeMap<String, String[]>();
        if (attributes == null) {
            return comparable;
        }
        for (ProductAttribute attribute : attributes.values()) {
            String name = attribute.getName();
            Matcher value = attribute.getValue() == null ? null : NUMBER_AND_UNIT.matcher(attribute.getValue());
            if (name != null && name.startsWith(PREFIX) && name.length() > PREFIX.length() && value != null
                    && value.matches()) {
                comparable.put(name.substring(PREFIX.length()),
                        new String[] {value.group(1), value.group(2) == null ? "" : value.group(2).trim()});
            }
        }
        return comparable;
    }
}
