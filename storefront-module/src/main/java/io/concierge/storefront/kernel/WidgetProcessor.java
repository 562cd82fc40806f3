package io.concierge.storefront.kernel;

import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Attribute;
import org.thymeleaf.dom.Element;
import org.thymeleaf.standard.expression.StandardExpressions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The widgets for Broadleaf Thymeleaf themes:
 * {@code <blc:concierge_widget name="kb.guidesForProduct" productId="${product.id}" resultVar="guides"/>} puts the
 * widget's content in the model (default variable {@code conciergeWidget}) for the markup that follows; every
 * attribute but {@code name} and {@code resultVar} is an argument, written as a Thymeleaf expression.
 */
public class WidgetProcessor extends AbstractModelVariableModifierProcessor {

    static final String DEFAULT_RESULT_VAR = "conciergeWidget";

    private final Widgets widgets;

    public WidgetProcessor(Widgets widgets) {
        super("concierge_widget");
        this.widgets = widgets;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        Map<String, Object> named = new LinkedHashMap<String, Object>();
        for (Attribute attribute : element.getAttributeMap().values()) {
            String name = attribute.getNormalizedName();
            if (!"name".equals(name) && !"resultvar".equals(name)) {
                named.put(attribute.getOriginalName(), StandardExpressions.getExpressionParser(arguments.getConfiguration())
                        .parseExpression(arguments.getConfiguration(), arguments, attribute.getValue())
                        .execute(arguments.getConfiguration(), arguments));
            }
        }
        String resultVar = element.getAttributeValue("resultVar");
        addToModel(arguments, resultVar == null || resultVar.isEmpty() ? DEFAULT_RESULT_VAR : resultVar,
                widgets.content(element.getAttributeValue("name"), named));
    }
}
