package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.HelpCenter;
import io.concierge.core.helpcenter.orders.HelpCenterOptions;
import io.concierge.core.helpcenter.orders.HelpCenterOptionsImpl;
import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.RefreshedProductSuppression;
import io.concierge.core.kernel.StoreOptionsService;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The products customers complain about, kept out of guidance's recommendations: those held by at least
 * {@link HelpCenterOptions#getComplaintSuppressionOrders()} orders with a case filed within
 * {@link HelpCenterOptions#getComplaintSuppressionDays()} days whose reason counts as a complaint
 * ({@link CaseReason#isComplaint()}: damaged, wrong item). Orders, not cases, are counted, so that one customer's
 * several cases about one order count once. One aggregate query for the whole catalog, once a minute
 * per node ({@link RefreshedProductSuppression}); nothing while the help center is off or the threshold is 0.
 */
@Component("cncComplaintProducts")
public class ComplaintProducts extends RefreshedProductSuppression {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncCapabilitySwitches")
    protected CapabilitySwitchService switches;

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    @Override
    protected Set<Long> read() {
        HelpCenterOptions options = storeOptions.read(HelpCenterOptionsImpl.class);
        if (!switches.isOn(HelpCenter.KEY) || options.getComplaintSuppressionOrders() == 0) {
            return Collections.emptySet();
        }
        Date since = new Date(System.currentTimeMillis()
                - TimeUnit.DAYS.toMillis(options.getComplaintSuppressionDays()));
        Set<Long> found = new HashSet<Long>();
        // From the window's cases first: HSQLDB joins in the order written.
        for (Object id : em.createNativeQuery("SELECT d.PRODUCT_ID FROM CNC_SUPPORT_CASE c"
                + " JOIN CNC_CASE_REASON r ON r.REASON_ID = c.REASON_ID"
                + " JOIN BLC_ORDER_ITEM oi ON oi.ORDER_ID = c.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = oi.ORDER_ITEM_ID"
                + " WHERE c.CREATED_AT >= :since AND r.COMPLAINT = :complaint"
                + " GROUP BY d.PRODUCT_ID HAVING COUNT(DISTINCT c.ORDER_ID) >= :minOrders")
                .setParameter("since", since).setParameter("complaint", true)
                .setParameter("minOrders", (long) options.getComplaintSuppressionOrders())
                .getResultList()) {
            found.add(((Number) id).longValue());
        }
        return found;
    }
}
