package io.concierge.storefront.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose routes belong to one capability: while the merchant has it switched off, every handler
 * of the controller answers 404 ({@link CapabilityGuard}). The guard decides on the handler Spring MVC has chosen,
 * not on the URL, so no spelling of a path (matrix parameters, percent-encoding, doubled or trailing slashes) can
 * reach a switched-off capability, and a host's own pages under the same prefixes are never touched.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CapabilityRoutes {

    /** The capability's key, as in {@link io.concierge.core.kernel.CapabilityModule#key()}; its module must be installed. */
    String value();
}
