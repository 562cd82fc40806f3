package io.concierge.core.kernel.mail;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The outbox's rows in blPU (Hibernate and JDBC glue). {@link #insertIfAbsent} runs in the caller's transaction; every
 * other operation runs in a transaction of its own and changes a row only under a condition naming the state it
 * leaves (status, claim owner), so nodes that race each other cannot undo one another's work.
 * <p>
 * Times are written to the whole second: MariaDB's DATETIME keeps no fraction, and claims must compare alike on every
 * database. They are the nodes' clocks, as for the rate limits (keep the clocks in sync).
 */
@Repository("cncOutboxMailStore")
public class OutboxMailStore {

    private static final Log LOG = LogFactory.getLog(OutboxMailStore.class);

    private static final String[] INSERTED_COLUMNS = {"MAIL_ID", "RECIPIENT", "SUBJECT", "HTML_BODY", "TEXT_BODY",
            "LOCALE", "IDEMPOTENCY_KEY", "MESSAGE_ID", "STATUS", "ATTEMPTS", "NEXT_ATTEMPT_AT", "CREATED_AT"};

    private static final String CLAIMABLE = "((m.status = :pending and m.nextAttemptAt <= :now)"
            + " or (m.status = :sending and (m.leaseExpiresAt is null or m.leaseExpiresAt <= :now)))";

    /**
     * Conditional claims read more candidates than they need: of two nodes reading the same candidates at once, the
     * one that loses the first ones still claims the rest. They are tried in one order (the query's) on every node,
     * so two claims waiting for each other's row locks cannot deadlock.
     */
    private static final int CANDIDATES_PER_CLAIM = 2;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    private TransactionTemplate ownTransaction;
    /** Found from the JDBC metadata at first use; a test sets it to run the other claim strategy. */
    volatile OutboxDatabase database;

    @PostConstruct
    public void init() {
        ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A new mail as {@link MailOutbox#enqueue} checked it. */
    static final class NewMail {
        final String idempotencyKey;
        final String messageId;
        final String recipient;
        final RenderedMail content;
        final Instant createdAt;

        NewMail(String idempotencyKey, String messageId, String recipient, RenderedMail content, Instant createdAt) {
            this.idempotencyKey = idempotencyKey;
            this.messageId = messageId;
            this.recipient = recipient;
            this.content = content;
            this.createdAt = createdAt;
        }
    }

    /**
     * Writes the mail in the current transaction unless its key is taken, and returns the row under the key. A
     * concurrent transaction inserting the same key makes this one wait for its outcome instead of failing: on
     * commit its row is returned, on rollback this one's is written.
     */
    OutboxMail insertIfAbsent(NewMail mail) {
        Session session = em.unwrap(Session.class);
        OutboxDatabase db = database(session);
        if (db.insertsIfAbsent() || readByKey(db, mail.idempotencyKey) == null) {
            insert(session, db, Collections.singletonList(mail));
        }
        return readByKey(db, mail.idempotencyKey);
    }

    /**
     * Writes the mails whose keys are not taken, in the current transaction and one JDBC batch, as
     * {@link #insertIfAbsent} writes one (but reads nothing back).
     */
    void insertAllIfAbsent(List<NewMail> mails) {
        Session session = em.unwrap(Session.class);
        OutboxDatabase db = database(session);
        if (db.insertsIfAbsent()) {
            insert(session, db, mails);
            return;
        }
        for (NewMail mail : mails) {
            insertIfAbsent(mail);
        }
    }

    private void insert(Session session, OutboxDatabase db, List<NewMail> mails) {
        if (mails.isEmpty()) {
            // HSQLDB refuses an empty batch.
            return;
        }
        List<Long> ids = new ArrayList<Long>(mails.size());
        for (int i = 0; i < mails.size(); i++) {
            ids.add(newId(session));
        }
        String sql = db.insertIfAbsent(OutboxMailImpl.TABLE, "IDEMPOTENCY_KEY", INSERTED_COLUMNS);
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < mails.size(); i++) {
                    NewMail mail = mails.get(i);
                    int p = 1;
                    if (db.keyComesFirst()) {
                        insert.setString(p++, mail.idempotencyKey);
                    }
                    insert.setLong(p++, ids.get(i));
                    insert.setString(p++, mail.recipient);
                    insert.setString(p++, mail.content.getSubject());
                    insert.setString(p++, mail.content.getHtmlBody());
                    insert.setString(p++, mail.content.getTextBody());
                    insert.setString(p++, mail.content.getLanguage().code());
                    insert.setString(p++, mail.idempotencyKey);
                    insert.setString(p++, mail.messageId);
                    insert.setString(p++, OutboxStatus.PENDING.name());
                    insert.setInt(p++, 0);
                    insert.setTimestamp(p++, timestamp(mail.createdAt));
                    insert.setTimestamp(p, timestamp(mail.createdAt));
                    if (mails.size() == 1) {
                        insert.executeUpdate();
                    } else {
                        insert.addBatch();
                    }
                }
                if (mails.size() > 1) {
                    insert.executeBatch();
                }
            }
        });
    }

    /**
     * Claims up to {@code max} due mails (pending, or sending under an expired lease) for {@code owner} until
     * {@code leaseExpires}, counting an attempt for each, and returns them.
     */
    List<OutboxMail> claim(String owner, int max, Instant now, Instant leaseExpires) {
        try {
            return claimOnce(owner, max, now, leaseExpires);
        } catch (RuntimeException failed) {
            if (!isLockConflict(failed)) {
                throw failed;
            }
            // The database gave up this claim for another's (MariaDB may, between SKIP LOCKED and its UPDATE): it
            // rolled back whole, nothing is claimed, and the sender's next claim tries again.
            LOG.debug("a claim lost a lock conflict; claiming nothing this time", failed);
            return Collections.emptyList();
        }
    }

    /** A deadlock or lock wait given up (SQLState class 40; MySQL's and MariaDB's 1213 and 1205). */
    static boolean isLockConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                SQLException sql = (SQLException) cause;
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("40")
                        || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private List<OutboxMail> claimOnce(String owner, int max, Instant now, Instant leaseExpires) {
        return ownTransaction.execute(status -> {
            OutboxDatabase db = database(em.unwrap(Session.class));
            List<Long> claimed = db.skipsLocked() ? claimSkippingLocked(owner, max, now, leaseExpires)
                    : claimConditionally(owner, max, now, leaseExpires);
            if (claimed.isEmpty()) {
                return Collections.<OutboxMail>emptyList();
            }
            return new ArrayList<OutboxMail>(em.createQuery("select m from OutboxMailImpl m where m.id in (:ids)"
                    + " order by m.nextAttemptAt, m.id", OutboxMailImpl.class)
                    .setParameter("ids", claimed).getResultList());
        });
    }

    private List<Long> claimSkippingLocked(String owner, int max, Instant now, Instant leaseExpires) {
        List<?> rows = em.createNativeQuery("SELECT MAIL_ID FROM " + OutboxMailImpl.TABLE
                        + " WHERE (STATUS = :pending AND NEXT_ATTEMPT_AT <= :now)"
                        + " OR (STATUS = :sending AND (LEASE_EXPIRES_AT IS NULL OR LEASE_EXPIRES_AT <= :now))"
                        + " ORDER BY NEXT_ATTEMPT_AT, MAIL_ID LIMIT " + max + " FOR UPDATE SKIP LOCKED")
                .setParameter("pending", OutboxStatus.PENDING.name())
                .setParameter("sending", OutboxStatus.SENDING.name())
                .setParameter("now", timestamp(now))
                .getResultList();
        List<Long> ids = new ArrayList<Long>();
        for (Object id : rows) {
            ids.add(((Number) id).longValue());
        }
        if (!ids.isEmpty()) {
            em.createQuery("update OutboxMailImpl m set m.status = :sending, m.claimOwner = :owner,"
                            + " m.leaseExpiresAt = :lease, m.attempts = m.attempts + 1 where m.id in (:ids)")
                    .setParameter("sending", OutboxStatus.SENDING.name())
                    .setParameter("owner", owner)
                    .setParameter("lease", timestamp(leaseExpires))
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return ids;
    }

    private List<Long> claimConditionally(String owner, int max, Instant now, Instant leaseExpires) {
        List<Long> candidates = em.createQuery("select m.id from OutboxMailImpl m where "
                        + CLAIMABLE + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboxStatus.PENDING.name())
                .setParameter("sending", OutboxStatus.SENDING.name())
                .setParameter("now", timestamp(now))
                .setMaxResults(max * CANDIDATES_PER_CLAIM)
                .getResultList();
        List<Long> claimed = new ArrayList<Long>();
        for (Long id : candidates) {
            if (claimed.size() == max) {
                break;
            }
            int updated = em.createQuery("update OutboxMailImpl m set m.status = :sending, m.claimOwner = :owner,"
                            + " m.leaseExpiresAt = :lease, m.attempts = m.attempts + 1 where m.id = :id and "
                            + CLAIMABLE)
                    .setParameter("pending", OutboxStatus.PENDING.name())
                    .setParameter("sending", OutboxStatus.SENDING.name())
                    .setParameter("owner", owner)
                    .setParameter("lease", timestamp(leaseExpires))
                    .setParameter("now", timestamp(now))
                    .setParameter("id", id)
                    .executeUpdate();
            if (updated == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /** How many of the mails were marked: fewer when {@code owner} no longer holds some (another node took them). */
    int markSent(List<Long> ids, String owner, Instant now) {
        return ownTransaction.execute(status -> em.createQuery("update OutboxMailImpl m set m.status = :sent,"
                        + " m.sentAt = :now, m.claimOwner = null, m.leaseExpiresAt = null, m.lastError = null"
                        + " where m.id in (:ids) and m.status = :sending and m.claimOwner = :owner")
                .setParameter("sent", OutboxStatus.SENT.name())
                .setParameter("now", timestamp(now))
                .setParameter("ids", ids)
                .setParameter("sending", OutboxStatus.SENDING.name())
                .setParameter("owner", owner)
                .executeUpdate());
    }

    /** Back to pending until {@code nextAttempt}, with the failure's reason. */
    boolean reschedule(long id, String owner, Instant nextAttempt, String reason) {
        return ownTransaction.execute(status -> em.createQuery("update OutboxMailImpl m set m.status = :pending,"
                        + " m.nextAttemptAt = :next, m.lastError = :reason, m.claimOwner = null,"
                        + " m.leaseExpiresAt = null"
                        + " where m.id = :id and m.status = :sending and m.claimOwner = :owner")
                .setParameter("pending", OutboxStatus.PENDING.name())
                .setParameter("next", timestamp(nextAttempt))
                .setParameter("reason", reason)
                .setParameter("id", id)
                .setParameter("sending", OutboxStatus.SENDING.name())
                .setParameter("owner", owner)
                .executeUpdate() == 1);
    }

    boolean fail(long id, String owner, String reason) {
        return ownTransaction.execute(status -> em.createQuery("update OutboxMailImpl m set m.status = :failed,"
                        + " m.lastError = :reason, m.claimOwner = null, m.leaseExpiresAt = null"
                        + " where m.id = :id and m.status = :sending and m.claimOwner = :owner")
                .setParameter("failed", OutboxStatus.FAILED.name())
                .setParameter("reason", reason)
                .setParameter("id", id)
                .setParameter("sending", OutboxStatus.SENDING.name())
                .setParameter("owner", owner)
                .executeUpdate() == 1);
    }

    /** Gives back a claimed mail that was not tried, with its attempt. */
    boolean release(long id, String owner) {
        return ownTransaction.execute(status -> em.createQuery("update OutboxMailImpl m set m.status = :pending,"
                        + " m.attempts = m.attempts - 1, m.claimOwner = null, m.leaseExpiresAt = null"
                        + " where m.id = :id and m.status = :sending and m.claimOwner = :owner")
                .setParameter("pending", OutboxStatus.PENDING.name())
                .setParameter("id", id)
                .setParameter("sending", OutboxStatus.SENDING.name())
                .setParameter("owner", owner)
                .executeUpdate() == 1);
    }

    /** A failed mail pending again now, with all its attempts; in the caller's transaction. */
    boolean retryFailed(long id, Instant now) {
        return em.createQuery("update OutboxMailImpl m set m.status = :pending, m.attempts = 0,"
                        + " m.nextAttemptAt = :now where m.id = :id and m.status = :failed")
                .setParameter("pending", OutboxStatus.PENDING.name())
                .setParameter("now", timestamp(now))
                .setParameter("id", id)
                .setParameter("failed", OutboxStatus.FAILED.name())
                .executeUpdate() == 1;
    }

    /** The newest committed row under the key (a locking read where the database needs one), or null. */
    private OutboxMail readByKey(OutboxDatabase db, String key) {
        List<?> found = em.createNativeQuery("SELECT * FROM " + OutboxMailImpl.TABLE
                        + " WHERE IDEMPOTENCY_KEY = :key" + db.readCommittedRow(), OutboxMailImpl.class)
                .setParameter("key", key)
                .getResultList();
        return found.isEmpty() ? null : (OutboxMail) found.get(0);
    }

    /** The entity's own id generator (Broadleaf's table generator), since the row is written by SQL. */
    private static Long newId(Session session) {
        SessionImplementor implementor = (SessionImplementor) session;
        return (Long) implementor.getFactory().getIdentifierGenerator(OutboxMailImpl.class.getName())
                .generate(implementor, new OutboxMailImpl());
    }

    private OutboxDatabase database(Session session) {
        OutboxDatabase known = database;
        if (known == null) {
            known = session.doReturningWork(connection -> {
                DatabaseMetaData meta = connection.getMetaData();
                return OutboxDatabase.of(meta.getDatabaseProductName(), meta.getDatabaseMajorVersion(),
                        meta.getDatabaseMinorVersion());
            });
            database = known;
        }
        return known;
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
