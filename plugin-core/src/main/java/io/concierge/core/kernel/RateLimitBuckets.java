package io.concierge.core.kernel;

import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;

/**
 * The rows of {@link RateLimitBucketImpl}, each operation in an entity manager and transaction of its own: a
 * conflicting insert must not spoil (or clear) the entity manager of the web request that asked.
 */
class RateLimitBuckets {

    /** A bucket as read: its state and the version a replacing write must name. */
    static final class Stored {
        final byte[] state;
        final long version;

        Stored(byte[] state, long version) {
            this.state = state;
            this.version = version;
        }
    }

    private final EntityManagerFactory entityManagerFactory;

    RateLimitBuckets(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    Stored read(String key) {
        return inTransaction(em -> {
            List<?> rows = em.createQuery("select b.state, b.version from RateLimitBucketImpl b where b.key = :key")
                    .setParameter("key", key).getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] row = (Object[]) rows.get(0);
            return new Stored((byte[]) row[0], ((Number) row[1]).longValue());
        });
    }

    /** False when another writer inserted the same bucket first. */
    boolean insert(String key, byte[] state, long expiresMillis) {
        try {
            return inTransaction(em -> {
                em.persist(new RateLimitBucketImpl(key, state, expiresMillis));
                return true;
            });
        } catch (PersistenceException e) {
            if (read(key) != null) {
                return false;
            }
            throw e;
        }
    }

    /** False when another writer replaced the bucket since {@code version} was read. */
    boolean replace(String key, long version, byte[] state, long expiresMillis) {
        return inTransaction(em -> em.createQuery("update RateLimitBucketImpl b set b.state = :state,"
                        + " b.version = b.version + 1, b.expiresMillis = :expires"
                        + " where b.key = :key and b.version = :version")
                .setParameter("state", state)
                .setParameter("expires", expiresMillis)
                .setParameter("key", key)
                .setParameter("version", version)
                .executeUpdate() == 1);
    }

    int deleteExpired(long nowMillis) {
        return inTransaction(em -> em.createQuery("delete from RateLimitBucketImpl b where b.expiresMillis < :now")
                .setParameter("now", nowMillis).executeUpdate());
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }
}
