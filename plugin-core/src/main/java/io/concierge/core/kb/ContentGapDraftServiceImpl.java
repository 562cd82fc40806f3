package io.concierge.core.kb;

import io.concierge.core.kb.search.GuideSearchMiss;
import io.concierge.core.kb.search.GuideSearchMissDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

@Service("cncContentGapDraftService")
public class ContentGapDraftServiceImpl implements ContentGapDraftService {

    @Resource(name = "cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncGuideDao")
    protected GuideDao guideDao;

    @Resource(name = "cncGuideSearchMissDao")
    protected GuideSearchMissDao missDao;

    @Override
    @Transactional("blTransactionManager")
    public Guide draftFor(String query, String locale) {
        GuideSearchMiss gap = query == null || locale == null ? null : missDao.readOne(query, locale);
        if (gap == null) {
            return null;
        }
        Guide started = gap.getDraftGuideId() == null ? null : guideDao.readById(gap.getDraftGuideId());
        if (started != null) {
            return started;
        }
        Guide draft = guideService.create();
        draft.setTitle(KnowledgeBaseRules.titleForSearch(gap.getQuery()));
        draft.setLocale(gap.getLocale());
        draft.setStatus(GuideStatus.DRAFT);
        draft.setSlug(freeSlug(KnowledgeBaseRules.slugForSearch(gap.getQuery())));
        Guide saved = guideService.save(draft);
        gap.setDraftGuideId(saved.getId());
        return saved;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<Long, Guide> existingDrafts(List<GuideSearchMiss> gaps) {
        List<Long> ids = new ArrayList<Long>();
        for (GuideSearchMiss gap : gaps) {
            if (gap.getDraftGuideId() != null) {
                ids.add(gap.getDraftGuideId());
            }
        }
        Map<Long, Guide> drafts = new HashMap<Long, Guide>();
        for (Guide guide : guideDao.readByIds(ids)) {
            drafts.put(guide.getId(), guide);
        }
        return drafts;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... whichever no guide has yet. */
    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; guideDao.readBySlug(slug) != null; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
