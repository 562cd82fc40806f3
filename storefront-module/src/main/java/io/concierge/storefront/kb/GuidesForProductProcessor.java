package io.concierge.storefront.kb;

import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * The widget for Broadleaf Thymeleaf themes:
 * {@code <blc:concierge_guides_for_product productId="${product.id}" resultVar="guides"/>} puts the product's guides
 * ({@link GuideCard}s; default variable name {@code conciergeGuides}) in the model for the markup that follows.
 */
public class GuidesForProductProcessor extends AbstractModelVariableModifierProcessor {

    static final String DEFAULT_RESULT_VAR = "conciergeGuides";

    private final GuidesForProduct guides;

    public GuidesForProductProcessor(GuidesForProduct guides) {
        super("concierge_guides_for_product");
        this.guides = guides;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        Object productId = StandardExpressions.getExpressionParser(arguments.getConfiguration())
                .parseExpression(arguments.getConfiguration(), arguments, element.getAttributeValue("productId"))
                .execute(arguments.getConfiguration(), arguments);
        String resultVar = element.getAttributeValue("resultVar");
        addToModel(arguments, resultVar == null || resultVar.isEmpty() ? DEFAULT_RESULT_VAR : resultVar,
                guides.forProduct(toLong(productId)));
    }

    private static Long toLong(Object value) {
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        return value != null && value.toString().trim().matches("\\d{1,18}") ? Long.valueOf(value.toString().trim()) : null;
    }
}
