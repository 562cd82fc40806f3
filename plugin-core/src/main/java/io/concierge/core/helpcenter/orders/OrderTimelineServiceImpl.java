package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.StoreOptionsService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Service("cncOrderTimelineService")
public class OrderTimelineServiceImpl implements OrderTimelineService {

    /** Two nodes appending to one order at once: the loser reads the timeline again, a few times at most. */
    static final int MAX_ATTEMPTS = 3;

    private static final Log LOG = LogFactory.getLog(OrderTimelineServiceImpl.class);

    @Resource(name = "cncOrderEventDao")
    protected OrderEventDao eventDao;

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
        // Inside a caller's transaction (a host's checkout, say) a failed insert spoils that transaction: no retry.
        int attempts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : MAX_ATTEMPTS;
        for (int attempt = 1; ; attempt++) {
            try {
                return recordOnce(orderId, event);
            } catch (RuntimeException failed) {
                if (attempt >= attempts || !isConstraintViolation(failed)) {
                    throw failed;
                }
                LOG.debug("order " + orderId + ": timeline changed while recording " + event.type().key() + ", again");
            }
        }
    }

    private RecordedEvent recordOnce(final long orderId, final NewOrderEvent event)
            throws UnknownOrderException, RefusedOrderEventException {
        final Object[] refusedOrUnknown = new Object[1];
        RecordedEvent recorded = new TransactionTemplate(transactionManager).execute(
                new TransactionCallback<RecordedEvent>() {
                    @Override
                    public RecordedEvent doInTransaction(TransactionStatus status) {
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
                        List<OrderEvent> events = eventDao.readForOrder(orderId);
                        Date now = new Date();
                        Refusal refusal = OrderEventRules.refusal(OrderCareStatus.of(events), event, options(), now);
                        if (refusal != null) {
                            refusedOrUnknown[0] = new RefusedOrderEventException(refusal, event.type());
                            return null;
                        }
                        int position = events.isEmpty() ? 1 : events.get(events.size() - 1).getPosition() + 1;
                        OrderEvent added = eventDao.add(OrderEventImpl.recorded(orderId, position, event, now));
                        for (OrderEventListener listener : eventListeners) {
                            listener.eventRecorded(added);
                        }
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

    /** A unique key said no: another node took this timeline position (or sent this sender event id) first. */
    static boolean isConstraintViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof SQLIntegrityConstraintViolationException
                    || (cause instanceof SQLException && String.valueOf(((SQLException) cause).getSQLState()).startsWith("23"))) {
                return true;
            }
        }
        return false;
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
