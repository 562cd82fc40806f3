package io.concierge.storefront.kernel;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Tells model-filling interceptors whether a handler's result is a page to render (not a redirect or a body). */
public final class ModelViews {

    private ModelViews() {
    }

    public static boolean rendersPage(ModelAndView modelAndView) {
        return modelAndView != null
                && !(modelAndView.getView() instanceof RedirectView)
                && !(modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:"));
    }
}
