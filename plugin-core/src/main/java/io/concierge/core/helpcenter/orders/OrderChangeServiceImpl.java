package io.concierge.core.helpcenter.orders;

import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;

import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

@Service("cncOrderChangeService")
public class OrderChangeServiceImpl implements OrderChangeService {

    @Resource(name = "cncOrderEventDao")
    protected OrderEventDao eventDao;

    @Resource(name = "cncOrderAuditDao")
    protected OrderAuditDao auditDao;

    @Resource(name = "cncOrderTimelineService")
    protected OrderTimelineService timelineService;

    @Resource(name = "cncBroadleafOrderChanges")
    protected BroadleafOrderChanges broadleaf;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** One change to a Broadleaf order: what it was, what it does, and what it is after. */
    private interface Change {
        Map<String, String> before(Order order);

        void apply(Order order);

        Map<String, String> after(Order order);
    }

    @Override
    public ChangeOutcome changeShippingAddress(long orderId, Requester requester, final NewAddress address)
            throws UnknownOrderException {
        Map<String, String> violations = AddressRules.violations(address, broadleaf);
        if (!violations.isEmpty()) {
            return ChangeOutcome.invalid(violations);
        }
        return make(orderId, requester, OrderEventType.ADDRESS_CHANGED, AuditedChange.SHIPPING_ADDRESS, new Change() {
            @Override
            public Map<String, String> before(Order order) {
                return broadleaf.shipping(order);
            }

            @Override
            public void apply(Order order) {
                broadleaf.shipTo(order, address);
            }

            @Override
            public Map<String, String> after(Order order) {
                return broadleaf.shipping(order);
            }
        });
    }

    @Override
    public ChangeOutcome cancel(long orderId, final Requester requester) throws UnknownOrderException {
        return make(orderId, requester, OrderEventType.CANCELLED, AuditedChange.CANCELLATION, new Change() {
            @Override
            public Map<String, String> before(Order order) {
                return broadleaf.standing(order);
            }

            @Override
            public void apply(Order order) {
                broadleaf.cancel(order, requester.clientAddress());
            }

            @Override
            public Map<String, String> after(Order order) {
                return broadleaf.standing(order);
            }
        });
    }

    /**
     * Decides on the timeline as read, then takes its next position before touching Broadleaf's order: a "picked"
     * that another node appended meanwhile makes that insert fail, the whole transaction rolls back, and the
     * next attempt reads the picked order and refuses. Nothing reaches a payment gateway before the position is
     * taken.
     */
    private ChangeOutcome make(final long orderId, final Requester requester, final OrderEventType eventType,
                               final AuditedChange audited, final Change change) throws UnknownOrderException {
        final HelpCenterOptions options = timelineService.options();
        ChangeOutcome outcome = TimelineTransactions.run(transactionManager, orderId, new TransactionCallback<ChangeOutcome>() {
            @Override
            public ChangeOutcome doInTransaction(TransactionStatus status) {
                Order order = broadleaf.order(orderId);
                if (order == null) {
                    return null;
                }
                long customerId = order.getCustomer().getId();
                OrderTimeline timeline = new OrderTimeline(orderId, eventDao.readForOrder(orderId));
                Date now = new Date();
                ChangeRefusal refusal = OrderChangeRules.refusal(timeline, requester, customerId, options, now);
                if (refusal == null && eventType == OrderEventType.ADDRESS_CHANGED && !broadleaf.shipsToAnAddress(order)) {
                    refusal = new ChangeRefusal(ChangeRefusal.Reason.NOTHING_TO_SHIP, null);
                }
                if (refusal != null) {
                    return ChangeOutcome.refused(refusal);
                }
                Actor actor = requester.actorFor(customerId);
                OrderEvent added = eventDao.add(OrderEventImpl.recorded(orderId, timeline.nextPosition(),
                        new NewOrderEvent(eventType, requester.source(), actor), now));
                Map<String, String> before = change.before(order);
                change.apply(order);
                timelineService.announce(added);
                return ChangeOutcome.made(auditDao.add(OrderAuditEntryImpl.change(orderId, audited, requester, actor,
                        before, change.after(order), now)));
            }
        });
        if (outcome == null) {
            throw new UnknownOrderException(orderId);
        }
        return outcome;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<OrderAuditEntry> auditTrail(long orderId) {
        return auditDao.readForOrder(orderId);
    }
}
