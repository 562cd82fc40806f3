package io.concierge.core.kb;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.OptimisticLockException;

@Service("cncGuideService")
public class GuideServiceImpl implements GuideService {

    @Resource(name = "cncGuideDao")
    protected GuideDao guideDao;

    @Resource(name = "cncGuideCategoryDao")
    protected GuideCategoryDao categoryDao;

    @Override
    public Guide create() {
        return new GuideImpl();
    }

    @Override
    @Transactional("blTransactionManager")
    public Guide save(Guide guide) {
        KnowledgeBaseRules.prepare(guide, new Date());
        Map<String, String> errors = KnowledgeBaseRules.violations(guide);
        Guide holder = guideDao.readBySlug(guide.getSlug());
        KnowledgeBaseRules.checkSlugHolder(errors, holder == null ? null : holder.getId(), guide.getId());
        if (!errors.isEmpty()) {
            throw new InvalidGuideException("guide", errors);
        }
        try {
            return guideDao.save(guide);
        } catch (OptimisticLockException e) {
            throw new InvalidGuideException("guide",
                    Collections.singletonMap("version", KnowledgeBaseRules.EDITED_MEANWHILE));
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public void delete(long guideId) {
        Guide guide = guideDao.readById(guideId);
        if (guide != null) {
            guideDao.delete(guide);
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Guide findById(long guideId) {
        return guideDao.readById(guideId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Guide findVisibleBySlug(String slug, Date now) {
        Guide guide = findBySlugForPreview(slug);
        return guide != null && GuideVisibility.isVisible(guide, now) ? guide : null;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Guide findBySlugForPreview(String slug) {
        return isBlank(slug) ? null : guideDao.readBySlug(slug);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public GuidePage listVisible(int page, int pageSize, String categorySlug, String tagSlug, String locale,
                                 Date now) {
        int safePage = Math.max(1, page);
        int safePageSize = Math.min(KnowledgeBaseOptions.MAX_GUIDES_PER_PAGE,
                Math.max(KnowledgeBaseOptions.MIN_GUIDES_PER_PAGE, pageSize));
        Collection<Long> categoryIds = null;
        if (!isBlank(categorySlug)) {
            GuideCategory category = categoryDao.readBySlug(categorySlug);
            if (category == null) {
                return GuidePage.empty(safePage, safePageSize);
            }
            categoryIds = GuideCategoryTree.selfAndDescendantIds(categoryDao.readAll(), category.getId());
        }
        GuideListingFilter filter = new GuideListingFilter(blankToNull(locale), categoryIds, blankToNull(tagSlug));
        long total = guideDao.countVisible(filter, now);
        List<Guide> guides = total == 0 ? Collections.<Guide>emptyList()
                : guideDao.readVisible(filter, now, (safePage - 1) * safePageSize, safePageSize);
        return new GuidePage(guides, safePage, safePageSize, total);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<GuideLink> findVisibleLinks(Date now) {
        return guideDao.readVisibleLinks(now);
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean recordView(long guideId) {
        return guideDao.incrementViews(guideId, new Date()) > 0;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean vote(long guideId, boolean helpful) {
        return guideDao.incrementVotes(guideId, helpful, new Date()) > 0;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Guide> findRelatedVisible(long guideId, Date now) {
        return guideDao.readVisibleRelated(guideId, now);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Guide> findVisibleForProduct(long productId, Date now) {
        return guideDao.readVisibleForProduct(productId, now);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Guide> findMostViewed(String locale, int max, Date now) {
        return guideDao.readMostViewed(locale, now, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public HelpfulnessReport helpfulnessReport(int minVotes, int limit) {
        int safeMinVotes = Math.max(1, minVotes);
        long[] totals = guideDao.readVoteTotals();
        return HelpfulnessReport.rank(guideDao.readHelpfulness(safeMinVotes), safeMinVotes, Math.max(0, limit),
                totals[0], totals[1]);
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
