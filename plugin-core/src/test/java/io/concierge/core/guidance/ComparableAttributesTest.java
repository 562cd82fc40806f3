package io.concierge.core.guidance;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductAttribute;
import org.broadleafcommerce.core.catalog.domain.ProductAttributeImpl;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparableAttributesTest {

    @Test
    void comparesTheMarkedAttributesInTheSameUnit() {
        Product daypack = product("compare.capacity", "28 L", "compare.weight", "1.1 kg");
        Product bigger = product("compare.capacity", "45 L", "compare.weight", "1.60 kg");

        List<AttributeDifference> differences = ComparableAttributes.differences(daypack, bigger);

        assertThat(differences).extracting(AttributeDifference::getName).containsExactly("capacity", "weight");
        assertThat(differences.get(0).getDifference()).isEqualByComparingTo(new BigDecimal("17"));
        assertThat(differences.get(0).getUnit()).isEqualTo("L");
        assertThat(differences.get(1).getDifference()).isEqualByComparingTo(new BigDecimal("0.5"));
    }

    @Test
    void leavesOutUnmarkedDifferentUnitsEqualValuesAndWords() {
        Product one = product("capacity", "28 L", "compare.weight", "1.1 kg", "compare.doors", "1",
                "compare.colour", "red", "compare.seasons", "3");
        Product other = product("capacity", "45 L", "compare.weight", "1100 g", "compare.doors", "2",
                "compare.colour", "blue", "compare.seasons", "3");

        List<AttributeDifference> differences = ComparableAttributes.differences(one, other);

        assertThat(differences).extracting(AttributeDifference::getName).containsExactly("doors");
        assertThat(differences.get(0).getUnit()).isEmpty();
    }

    private static Product product(String... namesAndValues) {
        Product product = new ProductImpl();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            ProductAttribute attribute = new ProductAttributeImpl();
            attribute.setName(namesAndValues[i]);
            attribute.setValue(namesAndValues[i + 1]);
            product.getProductAttributes().put(namesAndValues[i], attribute);
        }
        return product;
    }
}
