package io.concierge.storefront.guidance;

import io.concierge.core.guidance.Guidance;
import io.concierge.core.guidance.GuidanceEvent;
import io.concierge.core.guidance.GuidanceTracking;
import io.concierge.core.guidance.RobotClients;
import io.concierge.core.guidance.TrackedRecommendation;
import io.concierge.storefront.kernel.ShopperCapabilities;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;
import org.springframework.web.util.WebUtils;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Counts a click on a recommendation: its link carries {@value #PARAMETER} (a {@link TrackedRecommendation} token);
 * the shopper's session remembers the clicked products for a while, so that putting one in the cart counts too
 * ({@link GuidanceAddToCartActivity}). A malformed or foreign token is ignored, as are obvious robots
 * ({@link RobotClients}: a crawler follows the links too) and everything while guidance is off.
 */
public class GuidanceClicks extends HandlerInterceptorAdapter {

    public static final String PARAMETER = "guidance";

    /** Session attribute: clicked product id to its recommendation, the newest {@value #REMEMBERED} only. */
    static final String CLICKED = "cncGuidanceClicked";
    static final int REMEMBERED = 20;

    private final GuidanceTracking tracking;
    private final ShopperCapabilities capabilities;
    private final RobotClients robots;

    public GuidanceClicks(GuidanceTracking tracking, ShopperCapabilities capabilities, RobotClients robots) {
        this.tracking = tracking;
        this.capabilities = capabilities;
        this.robots = robots;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        TrackedRecommendation clicked = "GET".equals(request.getMethod())
                ? TrackedRecommendation.parse(request.getParameter(PARAMETER)) : null;
        if (clicked != null && capabilities.isOn(Guidance.KEY) && !robots.isRobot(request.getHeader("User-Agent"))) {
            tracking.record(clicked, GuidanceEvent.CLICK);
            remember(request.getSession(), clicked);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void remember(HttpSession session, TrackedRecommendation clicked) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Map<Long, String> remembered = (Map<Long, String>) session.getAttribute(CLICKED);
            LinkedHashMap<Long, String> updated = remembered == null ? new LinkedHashMap<Long, String>()
                    : new LinkedHashMap<Long, String>(remembered);
            updated.remove(clicked.getProductId());
            updated.put(clicked.getProductId(), clicked.token());
            while (updated.size() > REMEMBERED) {
                updated.remove(updated.keySet().iterator().next());
            }
            session.setAttribute(CLICKED, updated);
        }
    }

    /** @return the recommendation the shopper clicked to reach the product, forgotten now; or null */
    @SuppressWarnings("unchecked")
    static TrackedRecommendation takeClick(HttpSession session, long productId) {
        if (session == null) {
            return null;
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            Map<Long, String> remembered = (Map<Long, String>) session.getAttribute(CLICKED);
            if (remembered == null || !remembered.containsKey(productId)) {
                return null;
            }
            LinkedHashMap<Long, String> updated = new LinkedHashMap<Long, String>(remembered);
            String token = updated.remove(productId);
            session.setAttribute(CLICKED, updated);
            return TrackedRecommendation.parse(token);
        }
    }
}
