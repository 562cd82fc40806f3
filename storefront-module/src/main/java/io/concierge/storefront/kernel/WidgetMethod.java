package io.concierge.storefront.kernel;

import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The widgets for FreeMarker themes: {@code cncWidget(name)} or {@code cncWidget(name, {"productId": product.id})}
 * returns the widget's content; the capabilities' macros (e.g. {@code kb/widgets.ftl}) render it.
 */
public class WidgetMethod implements freemarker.template.TemplateMethodModelEx {

    private final Widgets widgets;

    public WidgetMethod(Widgets widgets) {
        this.widgets = widgets;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 2 || !(arguments.get(0) instanceof TemplateScalarModel)) {
            throw new TemplateModelException("cncWidget takes a widget name and, optionally, a hash of arguments");
        }
        String name = ((TemplateScalarModel) arguments.get(0)).getAsString();
        Map<?, ?> named = Collections.emptyMap();
        if (arguments.size() == 2) {
            if (!(arguments.get(1) instanceof TemplateHashModelEx)) {
                throw new TemplateModelException("cncWidget's second argument must be a hash, e.g. {\"productId\": 1}");
            }
            named = (Map<?, ?>) DeepUnwrap.unwrap((TemplateModel) arguments.get(1));
        }
        try {
            return widgets.content(name, stringKeys(named));
        } catch (IllegalArgumentException unknown) {
            throw new TemplateModelException(unknown.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeys(Map<?, ?> named) {
        return (Map<String, ?>) named;
    }
}
