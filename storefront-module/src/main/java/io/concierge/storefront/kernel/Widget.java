package io.concierge.storefront.kernel;

import java.util.Collections;

/**
 * A piece of a page that a theme places where it likes ("guides for this product", later recommendations or the
 * loyalty progress): a Spring bean in the storefront's root context. Themes reach every widget the same way, by
 * name: FreeMarker with {@code cncWidget("kb.guidesForProduct", {"productId": product.id})}, Thymeleaf with
 * {@code <blc:concierge_widget name="kb.guidesForProduct" productId="${product.id}" resultVar="guides"/>}.
 * A new widget is a new bean; nothing else is registered.
 */
public interface Widget {

    /** Unique, prefixed by the capability: {@code kb.guidesForProduct}. */
    String name();

    /** The capability whose switch governs the widget: while it is off, themes get {@link #nothing()}. */
    String capability();

    /** What the markup shows, for these arguments (already checked by the widget; bad ones give nothing). */
    Object content(WidgetArguments arguments);

    /** What a theme gets when there is nothing to show; an empty list unless the widget says otherwise. */
    default Object nothing() {
        return Collections.emptyList();
    }
}
