package io.concierge.core.helpcenter.orders;

import io.concierge.core.helpcenter.reasons.MerchantReasonDao;
import io.concierge.core.helpcenter.reasons.MerchantReasons;
import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.kernel.orders.ReturnedItems;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

@Service("cncOrderChangeService")
public class OrderChangeServiceImpl implements OrderChangeService {

    @Resource(name = "cncOrderEventDao")
    protected OrderEventDao eventDao;

    @Resource(name = "cncOrderAuditDao")
    protected OrderAuditDao auditDao;

    @Resource(name = "cncMerchantReasonDao")
    protected MerchantReasonDao reasonDao;

    @Resource(name = "cncOrderTimelineService")
    protected OrderTimelineService timelineService;

    @Resource(name = "cncBroadleafOrderChanges")
    protected BroadleafOrderChanges broadleaf;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** One change to a Broadleaf order: whether it may be made, what it was, what it does, and what it is after. */
    private abstract static class Change {
        final OrderEventType eventType;
        final AuditedChange audited;

        Change(OrderEventType eventType, AuditedChange audited) {
            this.eventType = eventType;
            this.audited = audited;
        }

        /** Input that will not do, checked against the order: field name to message key. */
        Map<String, String> violations(Order order) {
            return Collections.emptyMap();
        }

        abstract ChangeRefusal refusal(OrderTimeline timeline, Order order, Date now);

        /** The timeline event, with the details the change adds. */
        NewOrderEvent event(NewOrderEvent plain) {
            return plain;
        }

        abstract Map<String, String> before(Order order);

        abstract void apply(Order order);

        abstract Map<String, String> after(Order order);
    }

    /** Address and cancellation: within the change window. */
    private abstract class WindowedChange extends Change {
        private final Requester requester;
        private final HelpCenterOptions options;

        WindowedChange(OrderEventType eventType, AuditedChange audited, Requester requester) {
            super(eventType, audited);
            this.requester = requester;
            this.options = timelineService.options();
        }

        @Override
        ChangeRefusal refusal(OrderTimeline timeline, Order order, Date now) {
            return OrderChangeRules.refusal(timeline, requester, order.getCustomer().getId(), options, now);
        }
    }

    /** Return request and withdrawal: once, on a delivered order, within the period; Broadleaf's order stays as is. */
    private abstract class ReturnChange extends Change {
        private final ShopperAction action;
        private final Requester requester;
        final ReturnedItems items;
        private final HelpCenterOptions options;

        ReturnChange(ShopperAction action, OrderEventType eventType, AuditedChange audited, Requester requester,
                     ReturnedItems items) {
            super(eventType, audited);
            this.action = action;
            this.requester = requester;
            this.items = items;
            this.options = timelineService.options();
        }

        @Override
        ChangeRefusal refusal(OrderTimeline timeline, Order order, Date now) {
            return OrderChangeRules.returnRefusal(action, timeline, requester, order.getCustomer().getId(), options,
                    now);
        }

        @Override
        Map<String, String> before(Order order) {
            return Collections.emptyMap();
        }

        @Override
        void apply(Order order) {
            // the request is the event; goods and money move when the agent records them
        }
    }

    @Override
    public ChangeOutcome changeShippingAddress(long orderId, Requester requester, final NewAddress address)
            throws UnknownOrderException {
        Map<String, String> violations = AddressRules.violations(address, broadleaf);
        if (!violations.isEmpty()) {
            return ChangeOutcome.invalid(violations);
        }
        return make(orderId, requester, new WindowedChange(OrderEventType.ADDRESS_CHANGED,
                AuditedChange.SHIPPING_ADDRESS, requester) {
            @Override
            ChangeRefusal refusal(OrderTimeline timeline, Order order, Date now) {
                ChangeRefusal refusal = super.refusal(timeline, order, now);
                return refusal == null && !broadleaf.shipsToAnAddress(order)
                        ? new ChangeRefusal(ChangeRefusal.Reason.NOTHING_TO_SHIP, null) : refusal;
            }

            @Override
            Map<String, String> before(Order order) {
                return broadleaf.shipping(order);
            }

            @Override
            void apply(Order order) {
                broadleaf.shipTo(order, address);
            }

            @Override
            Map<String, String> after(Order order) {
                return broadleaf.shipping(order);
            }
        });
    }

    @Override
    public ChangeOutcome cancel(long orderId, final Requester requester) throws UnknownOrderException {
        return make(orderId, requester, new WindowedChange(OrderEventType.CANCELLED, AuditedChange.CANCELLATION,
                requester) {
            @Override
            Map<String, String> before(Order order) {
                return broadleaf.standing(order);
            }

            @Override
            void apply(Order order) {
                broadleaf.cancel(order, requester.clientAddress());
            }

            @Override
            Map<String, String> after(Order order) {
                return broadleaf.standing(order);
            }
        });
    }

    @Override
    public ChangeOutcome requestReturn(long orderId, Requester requester, ReturnedItems items, final Long reasonId)
            throws UnknownOrderException {
        final List<ReturnReason> reasons = returnReasons();
        return make(orderId, requester, new ReturnChange(ShopperAction.REQUEST_RETURN, OrderEventType.RETURN_REQUESTED,
                AuditedChange.RETURN_REQUEST, requester, items) {
            @Override
            Map<String, String> violations(Order order) {
                return ReturnRules.violations(items, BroadleafOrders.quantitiesOf(order), reasonId, reasons);
            }

            @Override
            NewOrderEvent event(NewOrderEvent plain) {
                ReturnReason reason = MerchantReasons.find(reasonId, reasons);
                return plain.returning(items).reason(reason == null ? null : reason.getLabel());
            }

            @Override
            Map<String, String> after(Order order) {
                Map<String, String> after = returned(items);
                ReturnReason reason = MerchantReasons.find(reasonId, reasons);
                after.put("reason", reason == null ? null : reason.getLabel());
                return after;
            }
        });
    }

    @Override
    public ChangeOutcome withdraw(long orderId, Requester requester, ReturnedItems items) throws UnknownOrderException {
        return make(orderId, requester, new ReturnChange(ShopperAction.WITHDRAW, OrderEventType.WITHDRAWN,
                AuditedChange.WITHDRAWAL, requester, items) {
            @Override
            Map<String, String> violations(Order order) {
                return ReturnRules.violations(items, BroadleafOrders.quantitiesOf(order));
            }

            @Override
            NewOrderEvent event(NewOrderEvent plain) {
                return plain.returning(items);
            }

            @Override
            Map<String, String> after(Order order) {
                return returned(items);
            }
        });
    }

    @Override
    public ChangeOutcome refundReturn(long orderId, final Requester requester) throws UnknownOrderException {
        return make(orderId, requester, new Change(OrderEventType.REFUNDED, AuditedChange.REFUND) {
            private ReturnedItems returned;

            @Override
            ChangeRefusal refusal(OrderTimeline timeline, Order order, Date now) {
                returned = timeline.status().returnedItems();
                return OrderChangeRules.refundRefusal(timeline, requester);
            }

            @Override
            Map<String, String> before(Order order) {
                return broadleaf.standing(order);
            }

            @Override
            void apply(Order order) {
                broadleaf.refund(order, returned == null ? order.getTotal() : broadleaf.returnedValue(order, returned),
                        requester.clientAddress());
            }

            @Override
            Map<String, String> after(Order order) {
                return broadleaf.standing(order);
            }
        });
    }

    @Override
    public ChangeOutcome refundInPart(long orderId, final Requester requester, final BigDecimal amount)
            throws UnknownOrderException {
        return make(orderId, requester, new Change(OrderEventType.REFUNDED_IN_PART, AuditedChange.PARTIAL_REFUND) {
            @Override
            ChangeRefusal refusal(OrderTimeline timeline, Order order, Date now) {
                return OrderChangeRules.partialRefundRefusal(timeline, requester);
            }

            @Override
            Map<String, String> violations(Order order) {
                return OrderChangeRules.refundAmountViolations(amount, broadleaf.refundable(order));
            }

            @Override
            NewOrderEvent event(NewOrderEvent plain) {
                return plain.amount(amount);
            }

            @Override
            Map<String, String> before(Order order) {
                return broadleaf.standing(order);
            }

            @Override
            void apply(Order order) {
                broadleaf.refund(order, new Money(amount, order.getTotal().getCurrency()), requester.clientAddress());
            }

            @Override
            Map<String, String> after(Order order) {
                return broadleaf.standing(order);
            }
        });
    }

    private static Map<String, String> returned(ReturnedItems items) {
        Map<String, String> returned = new LinkedHashMap<String, String>();
        returned.put("items", items.toString());
        return returned;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<OpenReturn> openReturns(int max) {
        List<OpenReturn> open = new ArrayList<OpenReturn>();
        for (OrderEvent request : eventDao.readOpenReturns(max)) {
            Order order = broadleaf.order(request.getOrderId());
            if (order != null) {
                open.add(new OpenReturn(order.getOrderNumber(), request, broadleaf.itemNames(order)));
            }
        }
        return open;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ReturnReason> returnReasons() {
        return reasonDao.readActive(ReturnReasonImpl.class);
    }

    /**
     * Decides on the timeline as read, then takes its next position before touching Broadleaf's order: a "picked"
     * that another node appended meanwhile makes that insert fail, the whole transaction rolls back, and the
     * next attempt reads the picked order and refuses. Nothing reaches a payment gateway before the position is
     * taken.
     */
    private ChangeOutcome make(final long orderId, final Requester requester, final Change change)
            throws UnknownOrderException {
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
                ChangeRefusal refusal = change.refusal(timeline, order, now);
                if (refusal != null) {
                    return ChangeOutcome.refused(refusal);
                }
                Map<String, String> violations = change.violations(order);
                if (!violations.isEmpty()) {
                    return ChangeOutcome.invalid(violations);
                }
                Actor actor = requester.actorFor(customerId);
                OrderEvent added = eventDao.add(OrderEventImpl.recorded(orderId, timeline.nextPosition(),
                        change.event(new NewOrderEvent(change.eventType, requester.source(), actor)), now));
                Map<String, String> before = change.before(order);
                change.apply(order);
                timelineService.announce(added);
                return ChangeOutcome.made(auditDao.add(OrderAuditEntryImpl.change(orderId, change.audited, requester,
                        actor, before, change.after(order), now)));
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
