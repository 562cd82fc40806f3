package io.concierge.core.helpcenter.orders;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Writes that append to an order's timeline, each in a transaction of its own. Whoever appends reads the timeline,
 * decides, and takes the next position; the (order, position) unique key lets only one of two nodes take it. The
 * other's transaction rolls back with everything it wrote, and it reads the timeline again and decides anew.
 */
final class TimelineTransactions {

    /** Two nodes appending to one order at once: the loser reads the timeline again, a few times at most. */
    static final int MAX_ATTEMPTS = 3;

    private static final Log LOG = LogFactory.getLog(TimelineTransactions.class);

    private TimelineTransactions() {
    }

    static <T> T run(PlatformTransactionManager transactionManager, long orderId, TransactionCallback<T> work) {
        // Inside a caller's transaction (a host's checkout, say) a failed insert spoils that transaction: no retry.
        int attempts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : MAX_ATTEMPTS;
        for (int attempt = 1; ; attempt++) {
            try {
                return new TransactionTemplate(transactionManager).execute(work);
            } catch (RuntimeException failed) {
                if (attempt >= attempts || !isConflict(failed)) {
                    throw failed;
                }
                LOG.debug("order " + orderId + ": its timeline changed meanwhile, reading it again");
            }
        }
    }

    /**
     * Another transaction got there first: a unique key said no (it took this timeline position, or sent this
     * sender event id), or the database gave up one of two transactions waiting for each other.
     */
    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException
                    || cause instanceof ConcurrencyFailureException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException
                    || cause instanceof SQLIntegrityConstraintViolationException
                    || (cause instanceof SQLException && isConflictState(((SQLException) cause).getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** 23xxx: integrity constraint; 40001: serialization failure or deadlock; 40P01: PostgreSQL's deadlock. */
    private static boolean isConflictState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("23") || sqlState.equals("40001") || sqlState.equals("40P01"));
    }
}
