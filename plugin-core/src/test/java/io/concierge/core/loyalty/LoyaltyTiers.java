package io.concierge.core.loyalty;

import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The integration tests' loyalty programme, made once per database: Trail (entry 50, keep 40), Summit (entry 200,
 * keep 150, 30 grace days, 10 % off, priority support) and Expedition (entry 500, keep 400, no grace, free shipping);
 * and customers with orders of chosen totals and dates, written as Broadleaf's checkout leaves them.
 */
final class LoyaltyTiers {

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    LoyaltyTier trail;
    LoyaltyTier summit;
    LoyaltyTier expedition;

    private LoyaltyTiers() {
    }

    static synchronized LoyaltyTiers inDatabase() {
        LoyaltyTiers tiers = new LoyaltyTiers();
        BroadleafContextExtension.context().getAutowireCapableBeanFactory().autowireBean(tiers);
        tiers.inTransaction(status -> {
            tiers.trail = tiers.tier(1, "Trail", "50", "40", 0, "0", false, false);
            tiers.summit = tiers.tier(2, "Summit", "200", "150", 30, "10", false, true);
            tiers.expedition = tiers.tier(3, "Expedition", "500", "400", 0, "0", true, true);
            return null;
        });
        return tiers;
    }

    private LoyaltyTier tier(int rank, String name, String entry, String keep, int graceDays, String discount,
                             boolean freeShipping, boolean prioritySupport) {
        for (LoyaltyTier existing : em.createQuery("select t from LoyaltyTierImpl t where t.rank = :rank",
                LoyaltyTier.class).setParameter("rank", rank).getResultList()) {
            return existing;
        }
        LoyaltyTier tier = new LoyaltyTierImpl();
        tier.setRank(rank);
        tier.setNameEn(name);
        tier.setNamePtBr(name + " BR");
        tier.setEntryThreshold(new BigDecimal(entry));
        tier.setKeepThreshold(new BigDecimal(keep));
        tier.setGraceDays(graceDays);
        tier.setDiscountPercent(new BigDecimal(discount));
        tier.setFreeShipping(freeShipping);
        tier.setPrioritySupport(prioritySupport);
        em.persist(tier);
        return tier;
    }

    Customer registeredCustomer() {
        return customer(true);
    }

    /** A guest's customer record, as Broadleaf keeps one for each checkout without an account. */
    Customer guest() {
        return customer(false);
    }

    private Customer customer(boolean registered) {
        return inTransaction(status -> {
            Customer created = customerService.createNewCustomer();
            String email = "loyal-" + UUID.randomUUID() + "@example.com";
            created.setEmailAddress(email);
            created.setUsername(email);
            created.setRegistered(registered);
            return customerService.saveCustomer(created);
        });
    }

    /** A submitted order of this total, placed {@code daysAgo} days ago. */
    Order placed(Customer customer, String total, int daysAgo) {
        return placed(customer, total, null, null, daysAgo);
    }

    /** A submitted order of these goods and shipping (their sum the total), placed {@code daysAgo} days ago. */
    Order placed(Customer customer, String goods, String shipping, int daysAgo) {
        return placed(customer, new BigDecimal(goods).add(new BigDecimal(shipping)).toPlainString(), goods, shipping,
                daysAgo);
    }

    private Order placed(Customer customer, String total, String goods, String shipping, int daysAgo) {
        return inTransaction(status -> {
            Order order = orderService.createNewCartForCustomer(customer);
            order.setStatus(OrderStatus.SUBMITTED);
            order.setSubmitDate(new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(daysAgo)));
            order.setOrderNumber("L" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
            order.setTotal(new Money(new BigDecimal(total)));
            if (goods != null) {
                order.setSubTotal(new Money(new BigDecimal(goods)));
                order.setTotalFulfillmentCharges(new Money(new BigDecimal(shipping)));
            }
            try {
                return orderService.save(order, false);
            } catch (PricingException notPriced) {
                throw new IllegalStateException(notPriced);
            }
        });
    }

    <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(transactionManager).execute(work);
    }
}
