package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;

import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Service("cncOrderTimelineService")
public class OrderTimelineServiceImpl implements OrderTimelineService {

    @Resource(name = "cncOrderEventDao")
    protected OrderEventDao eventDao;

    @Resource(name = "cncOrderAuditDao")
    protected OrderAuditDao auditDao;

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    @Resource(name = "cncBroadleafOrders")
    protected BroadleafOrders orders;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Autowired(required = false)
    protected List<OrderEventListener> eventListeners = Collections.emptyList();

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public OrderTimeline timeline(long orderId) {
        return new OrderTimeline(orderId, eventDao.readForOrder(orderId));
    }

    @Override
    public RecordedEvent record(final long orderId, final NewOrderEvent event)
            throws UnknownOrderException, RefusedOrderEventException {
        final Object[] refusedOrUnknown = new Object[1];
        RecordedEvent recorded = TimelineTransactions.run(transactionManager, orderId,
                new TransactionCallback<RecordedEvent>() {
                    @Override
                    public RecordedEvent doInTransaction(TransactionStatus status) {
                        refusedOrUnknown[0] = null;
                        if (event.senderEventId() != null) {
                            OrderEvent earlier = eventDao.readBySender(orderId, event.source(), event.senderEventId());
                            if (earlier != null) {
                                return new RecordedEvent(earlier, true);
                            }
                        }
                        if (!orders.exists(orderId)) {
                            refusedOrUnknown[0] = new UnknownOrderException(orderId);
                            return null;
                        }
                        OrderTimeline timeline = timeline(orderId);
                        Date now = new Date();
                        Refusal refusal = OrderEventRules.refusal(timeline.status(), event, options(), now);
                        if (refusal != null) {
                            refusedOrUnknown[0] = new RefusedOrderEventException(refusal, event.type());
                            return null;
                        }
                        OrderEvent added = eventDao.add(
                                OrderEventImpl.recorded(orderId, timeline.nextPosition(), event, now));
                        if (event.source() == EventSource.AGENT) {
                            auditDao.add(OrderAuditEntryImpl.timelineEvent(added));
                        }
                        announce(added);
                        return new RecordedEvent(added, false);
                    }
                });
        if (refusedOrUnknown[0] instanceof UnknownOrderException) {
            throw (UnknownOrderException) refusedOrUnknown[0];
        }
        if (refusedOrUnknown[0] instanceof RefusedOrderEventException) {
            throw (RefusedOrderEventException) refusedOrUnknown[0];
        }
        return recorded;
    }

    @Override
    public void announce(OrderEvent added) {
        for (OrderEventListener listener : eventListeners) {
            listener.eventRecorded(added);
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Long orderIdOf(String orderNumber) {
        return orders.idOf(orderNumber);
    }

    @Override
    public HelpCenterOptions options() {
        return storeOptions.read(HelpCenterOptionsImpl.class);
    }

    @Override
    @Transactional("blTransactionManager")
    public void forgetCheckout(long orderId) {
        eventDao.deleteFromSource(orderId, EventSource.CHECKOUT);
    }
}
