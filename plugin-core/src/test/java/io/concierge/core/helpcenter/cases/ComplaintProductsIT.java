package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.HelpCenter;
import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.HelpCenterOptionsImpl;
import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.ProductSuppression;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The products kept out of guidance by complaint cases (HSQLDB; PostgreSQL and MariaDB with the profiles): orders
 * with a case of a complaint reason count, from the merchant's threshold, within the window; other reasons, several
 * cases on one order, old cases, a threshold of 0 and the help center switched off do not suppress.
 */
@ExtendWith(BroadleafContextExtension.class)
class ComplaintProductsIT {

    @Resource(name = "cncComplaintProducts")
    ComplaintProducts complaints;

    @Resource(name = "cncCaseService")
    CaseService cases;

    @Resource(name = "cncStoreOptions")
    StoreOptionsService storeOptions;

    @Resource(name = "cncCapabilitySwitches")
    CapabilitySwitchService switches;

    /** What guidance asks ({@code GuidanceService.suppressions}). */
    @Autowired
    List<ProductSuppression> suppressions;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final TestOrders orders = TestOrders.fromContext();

    private long reason(String label, boolean complaint) {
        return orders.inTransaction(status -> {
            CaseReasonImpl reason = new CaseReasonImpl();
            reason.setLabel(label + " " + System.nanoTime());
            reason.setComplaint(complaint);
            em.persist(reason);
            return reason.getId();
        });
    }

    private Product productOf(Order order) {
        return orders.inTransaction(status -> BroadleafOrders.productsOf(
                orders.orderService.findOrderById(order.getId())).get(0));
    }

    private SupportCase complaintAbout(Order order, long reasonId) {
        CaseOutcome filed = cases.file(NewCase.bySignedInCustomer(order.getCustomer().getId())
                .about("About my order", "It is not what I expected.", reasonId).forOrder(order.getId()));
        assertThat(filed.isDone()).as(filed.toString()).isTrue();
        return filed.supportCase();
    }

    private void withThreshold(int orders, int days, Runnable check) {
        HelpCenterOptionsImpl options = storeOptions.read(HelpCenterOptionsImpl.class);
        int savedOrders = options.getComplaintSuppressionOrders();
        int savedDays = options.getComplaintSuppressionDays();
        options.setComplaintSuppressionOrders(orders);
        options.setComplaintSuppressionDays(days);
        storeOptions.save(options);
        try {
            complaints.refresh();
            check.run();
        } finally {
            HelpCenterOptionsImpl restored = storeOptions.read(HelpCenterOptionsImpl.class);
            restored.setComplaintSuppressionOrders(savedOrders);
            restored.setComplaintSuppressionDays(savedDays);
            storeOptions.save(restored);
            complaints.refresh();
        }
    }

    @Test
    void guidanceAsksTheHelpCenterAndTheDefaultIsThreeOrdersInNinetyDays() {
        assertThat(suppressions).contains(complaints);
        HelpCenterOptionsImpl fresh = new HelpCenterOptionsImpl();
        assertThat(fresh.getComplaintSuppressionOrders()).isEqualTo(3);
        assertThat(fresh.getComplaintSuppressionDays()).isEqualTo(90);
        fresh.setComplaintSuppressionOrders(-1);
        fresh.setComplaintSuppressionDays(0);
        assertThat(fresh.violations()).containsKeys("complaintSuppressionOrders", "complaintSuppressionDays");
    }

    @Test
    void aProductWithComplaintsOnEnoughOrdersIsSuppressedOthersAreNot() throws Exception {
        long damaged = reason("Damaged", true);
        long question = reason("Question", false);
        Order first = orders.checkedOut();
        Product complained = productOf(first);
        Order second = orders.checkedOutWith(complained);
        Order third = orders.checkedOutWith(complained);
        Order askedAbout = orders.checkedOut();
        Product onlyQuestions = productOf(askedAbout);
        Order twiceOnOneOrder = orders.checkedOut();
        Product oneAngryOrder = productOf(twiceOnOneOrder);
        Order old = orders.checkedOut();
        Product longAgo = productOf(old);
        Order oldAgain = orders.checkedOutWith(longAgo);

        complaintAbout(first, damaged);
        complaintAbout(second, damaged);
        complaintAbout(third, question);
        complaintAbout(askedAbout, question);
        complaintAbout(orders.checkedOutWith(onlyQuestions), question);
        complaintAbout(twiceOnOneOrder, damaged);
        complaintAbout(twiceOnOneOrder, damaged);
        for (Order order : Arrays.asList(old, oldAgain)) {
            long caseId = complaintAbout(order, damaged).getId();
            orders.inTransaction(status -> em.createQuery("update SupportCaseImpl c set c.createdAt = :then"
                    + " where c.id = :id").setParameter("then", new Date(System.currentTimeMillis()
                    - TimeUnit.DAYS.toMillis(40))).setParameter("id", caseId).executeUpdate());
        }
        List<Long> candidates = Arrays.asList(complained.getId(), onlyQuestions.getId(), oneAngryOrder.getId(),
                longAgo.getId());

        withThreshold(2, 30, () -> assertThat(complaints.suppressed(candidates))
                .as("two orders with a complaint; a question, one order twice, cases of 40 days ago do not count")
                .containsExactly(complained.getId()));
        withThreshold(2, 60, () -> assertThat(complaints.suppressed(candidates)).as("a window of 60 days")
                .containsExactlyInAnyOrder(complained.getId(), longAgo.getId()));
        withThreshold(3, 30, () -> assertThat(complaints.suppressed(candidates)).as("three orders needed").isEmpty());
        withThreshold(0, 30, () -> assertThat(complaints.suppressed(candidates)).as("0: off").isEmpty());
        withThreshold(2, 30, () -> {
            switches.setOn(HelpCenter.KEY, false);
            try {
                complaints.refresh();
                assertThat(complaints.suppressed(candidates)).as("help center off").isEmpty();
            } finally {
                switches.setOn(HelpCenter.KEY, true);
            }
        });
    }
}
