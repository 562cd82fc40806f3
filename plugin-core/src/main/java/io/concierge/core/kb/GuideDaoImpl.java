package io.concierge.core.kb;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

/** JPA adapter for {@link GuideDao}, on Broadleaf's persistence unit. */
@Repository("cncGuideDao")
public class GuideDaoImpl implements GuideDao {

    /** {@link GuideVisibility} as a query condition on the alias {@code g}. */
    private static final String VISIBLE = " g.status in (:listed) and g.publishAt <= :now ";

    /** Keeps "in (...)" lists well below every database's limit on parameters. */
    private static final int IN_LIST_CHUNK = 500;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Guide readById(Long id) {
        return em.find(GuideImpl.class, id);
    }

    @Override
    public Guide readBySlug(String slug) {
        List<GuideImpl> found = em.createQuery("select g from GuideImpl g where g.slug = :slug", GuideImpl.class)
                .setParameter("slug", slug)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public Guide save(Guide guide) {
        return em.merge(guide);
    }

    @Override
    public void delete(Guide guide) {
        em.remove(guide);
    }

    @Override
    public List<Guide> readVisible(GuideListingFilter filter, Date now, int first, int max) {
        TypedQuery<Guide> query = em.createQuery("select g from GuideImpl g left join fetch g.category where"
                + VISIBLE + conditions(filter) + " order by g.publishAt desc, g.id desc", Guide.class);
        bindVisible(query, now);
        bindFilter(query, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countVisible(GuideListingFilter filter, Date now) {
        TypedQuery<Long> query = em.createQuery("select count(g) from GuideImpl g where"
                + VISIBLE + conditions(filter), Long.class);
        bindVisible(query, now);
        bindFilter(query, filter);
        return query.getSingleResult();
    }

    private static String conditions(GuideListingFilter filter) {
        StringBuilder conditions = new StringBuilder();
        if (filter.locale != null) {
            conditions.append(" and g.locale = :locale");
        }
        if (filter.categoryIds != null) {
            conditions.append(" and g.category.id in (:categoryIds)");
        }
        if (filter.tagSlug != null) {
            conditions.append(" and g.id in (select tg.id from GuideImpl tg join tg.tags t where t.slug = :tagSlug)");
        }
        return conditions.toString();
    }

    private static void bindFilter(TypedQuery<?> query, GuideListingFilter filter) {
        if (filter.locale != null) {
            query.setParameter("locale", filter.locale);
        }
        if (filter.categoryIds != null) {
            query.setParameter("categoryIds", filter.categoryIds);
        }
        if (filter.tagSlug != null) {
            query.setParameter("tagSlug", filter.tagSlug);
        }
    }

    @Override
    public List<GuideLink> readVisibleLinks(Date now) {
        TypedQuery<GuideLink> query = em.createQuery("select new " + GuideLink.class.getName()
                + "(g.slug, g.publishAt, g.updatedAt) from GuideImpl g where" + VISIBLE
                + " order by g.publishAt desc, g.id desc", GuideLink.class);
        bindVisible(query, now);
        return query.getResultList();
    }

    @Override
    public List<Guide> readVisibleRelated(Long guideId, Date now) {
        TypedQuery<Guide> query = em.createQuery("select g from RelatedGuideImpl r join r.relatedGuide g"
                + " where r.guide.id = :guideId and g.id <> :guideId and" + VISIBLE
                + " order by r.sequence, r.id", Guide.class);
        bindVisible(query, now);
        return query.setParameter("guideId", guideId).getResultList();
    }

    @Override
    public List<Guide> readVisibleForProduct(Long productId, Date now) {
        TypedQuery<Guide> query = em.createQuery("select g from GuideImpl g where g.id in"
                + " (select l.guide.id from GuideProductLinkImpl l where l.product.id = :productId) and" + VISIBLE
                + " order by g.publishAt desc, g.id desc", Guide.class);
        bindVisible(query, now);
        return query.setParameter("productId", productId).getResultList();
    }

    @Override
    public List<Guide> readMostViewed(String locale, Date now, int max) {
        TypedQuery<Guide> query = em.createQuery("select g from GuideImpl g where g.locale = :locale and" + VISIBLE
                + " order by g.viewCount desc, g.publishAt desc, g.id desc", Guide.class);
        bindVisible(query, now);
        return query.setParameter("locale", locale).setMaxResults(max).getResultList();
    }

    @Override
    public int incrementViews(Long guideId, Date now) {
        return bindVisible(em.createQuery(
                "update GuideImpl g set g.viewCount = g.viewCount + 1 where g.id = :guideId and" + VISIBLE), now)
                .setParameter("guideId", guideId)
                .executeUpdate();
    }

    @Override
    public int incrementVotes(Long guideId, boolean helpful, Date now) {
        String counter = helpful ? "g.helpfulVotes" : "g.unhelpfulVotes";
        return bindVisible(em.createQuery("update GuideImpl g set " + counter + " = " + counter + " + 1"
                + " where g.id = :guideId and" + VISIBLE), now)
                .setParameter("guideId", guideId)
                .executeUpdate();
    }

    private static <Q extends Query> Q bindVisible(Q query, Date now) {
        query.setParameter("listed", GuideStatus.listedTypes());
        query.setParameter("now", now);
        return query;
    }

    @Override
    public List<GuideHelpfulness> readHelpfulness(long minVotes) {
        List<Object[]> rows = em.createQuery("select g.id, g.title, g.slug, g.helpfulVotes, g.unhelpfulVotes"
                + " from GuideImpl g where g.helpfulVotes + g.unhelpfulVotes >= :minVotes", Object[].class)
                .setParameter("minVotes", minVotes)
                .getResultList();
        List<GuideHelpfulness> tallies = new ArrayList<GuideHelpfulness>(rows.size());
        for (Object[] row : rows) {
            tallies.add(new GuideHelpfulness((Long) row[0], (String) row[1], (String) row[2],
                    ((Number) row[3]).longValue(), ((Number) row[4]).longValue()));
        }
        return tallies;
    }

    @Override
    public long[] readVoteTotals() {
        Object[] sums = em.createQuery(
                "select sum(g.helpfulVotes), sum(g.unhelpfulVotes) from GuideImpl g", Object[].class)
                .getSingleResult();
        return new long[] {sums[0] == null ? 0 : ((Number) sums[0]).longValue(),
                sums[1] == null ? 0 : ((Number) sums[1]).longValue()};
    }

    @Override
    public long countAll() {
        return em.createQuery("select count(g) from GuideImpl g", Long.class).getSingleResult();
    }

    @Override
    public List<Guide> readOrderedById(int first, int max) {
        return em.createQuery("select g from GuideImpl g left join fetch g.category order by g.id", Guide.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Guide> readByIds(Collection<Long> ids) {
        List<Guide> guides = new ArrayList<Guide>();
        for (List<Long> chunk : chunks(ids)) {
            guides.addAll(em.createQuery("select g from GuideImpl g left join fetch g.category"
                    + " where g.id in (:ids) order by g.id", Guide.class)
                    .setParameter("ids", chunk)
                    .getResultList());
        }
        return guides;
    }

    @Override
    public List<Long> readIdsByCategories(Collection<Long> categoryIds) {
        List<Long> ids = new ArrayList<Long>();
        for (List<Long> chunk : chunks(categoryIds)) {
            ids.addAll(em.createQuery("select g.id from GuideImpl g where g.category.id in (:ids)", Long.class)
                    .setParameter("ids", chunk)
                    .getResultList());
        }
        return ids;
    }

    @Override
    public List<Long> readIdsByTags(Collection<Long> tagIds) {
        List<Long> ids = new ArrayList<Long>();
        for (List<Long> chunk : chunks(tagIds)) {
            ids.addAll(em.createQuery("select distinct g.id from GuideImpl g join g.tags t where t.id in (:ids)",
                            Long.class)
                    .setParameter("ids", chunk)
                    .getResultList());
        }
        return ids;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyList();
        }
        List<Long> all = new ArrayList<Long>(ids);
        List<List<Long>> chunks = new ArrayList<List<Long>>();
        for (int start = 0; start < all.size(); start += IN_LIST_CHUNK) {
            chunks.add(all.subList(start, Math.min(all.size(), start + IN_LIST_CHUNK)));
        }
        return chunks;
    }
}
