package io.concierge.storefront.kb;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

import java.util.List;

/**
 * The widget for FreeMarker themes: {@code cncGuidesForProduct(product.id)} returns the product's guides
 * ({@link GuideCard}s); Concierge's {@code kb/widgets.ftl} macro {@code guidesForProduct} renders them.
 */
public class GuidesForProductMethod implements TemplateMethodModelEx {

    private final GuidesForProduct guides;

    public GuidesForProductMethod(GuidesForProduct guides) {
        this.guides = guides;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("cncGuidesForProduct takes one argument: the product id");
        }
        Object argument = arguments.get(0);
        Long productId = null;
        if (argument instanceof TemplateNumberModel) {
            productId = ((TemplateNumberModel) argument).getAsNumber().longValue();
        } else if (argument instanceof TemplateScalarModel
                && ((TemplateScalarModel) argument).getAsString().trim().matches("\\d{1,18}")) {
            productId = Long.valueOf(((TemplateScalarModel) argument).getAsString().trim());
        }
        return guides.forProduct(productId);
    }
}
