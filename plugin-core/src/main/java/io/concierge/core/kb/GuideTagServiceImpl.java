package io.concierge.core.kb;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

@Service("cncGuideTagService")
public class GuideTagServiceImpl implements GuideTagService {

    @Resource(name = "cncGuideTagDao")
    protected GuideTagDao tagDao;

    @Override
    public GuideTag create() {
        return new GuideTagImpl();
    }

    @Override
    @Transactional("blTransactionManager")
    public GuideTag save(GuideTag tag) {
        KnowledgeBaseRules.prepare(tag);
        Map<String, String> errors = KnowledgeBaseRules.violations(tag);
        GuideTag holder = tagDao.readBySlug(tag.getSlug());
        KnowledgeBaseRules.checkSlugHolder(errors, holder == null ? null : holder.getId(), tag.getId());
        if (!errors.isEmpty()) {
            throw new InvalidGuideException("guide tag", errors);
        }
        return tagDao.save(tag);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public GuideTag findBySlug(String slug) {
        return slug == null ? null : tagDao.readBySlug(slug);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<GuideTag> findAll() {
        return tagDao.readAll();
    }
}
