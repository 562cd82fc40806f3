package io.concierge.admin.kb;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Repository;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Root;
import javax.persistence.metamodel.EntityType;

/**
 * Finds which stored record holds a slug, for the admin's uniqueness check. The record being validated may be
 * managed by Hibernate with the new values already applied (Broadleaf's admin edits that way), so the lookup never
 * flushes ({@link FlushModeType#COMMIT}): otherwise the duplicate would be written before it is refused.
 */
@Repository("cncSlugHolders")
public class SlugHolders {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * The id of a stored record of the same entity class as {@code record} whose {@code property} is {@code slug};
     * {@code null} when there is none.
     */
    public Object holderId(Object record, String property, String slug) {
        return holderId(SlugHolders.<Object>entityClassOf(record), property, slug);
    }

    private <T> Object holderId(Class<T> entityClass, String property, String slug) {
        EntityType<T> type = em.getMetamodel().entity(entityClass);
        CriteriaBuilder criteria = em.getCriteriaBuilder();
        CriteriaQuery<Object> query = criteria.createQuery(Object.class);
        Root<T> root = query.from(entityClass);
        query.select(root.get(type.getId(type.getIdType().getJavaType())))
                .where(criteria.equal(root.get(property), slug));
        List<Object> ids = em.createQuery(query).setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The id of {@code record}; {@code null} for a record not stored yet. */
    public Object idOf(Object record) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(record);
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> entityClassOf(Object record) {
        return (Class<T>) Hibernate.getClass(record);
    }
}
