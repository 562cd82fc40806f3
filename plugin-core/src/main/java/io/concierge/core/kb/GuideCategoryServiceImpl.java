package io.concierge.core.kb;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

@Service("cncGuideCategoryService")
public class GuideCategoryServiceImpl implements GuideCategoryService {

    @Resource(name = "cncGuideCategoryDao")
    protected GuideCategoryDao categoryDao;

    @Override
    public GuideCategory create() {
        return new GuideCategoryImpl();
    }

    @Override
    @Transactional("blTransactionManager")
    public GuideCategory save(GuideCategory category) {
        KnowledgeBaseRules.prepare(category);
        Map<String, String> errors = KnowledgeBaseRules.violations(category);
        GuideCategory holder = categoryDao.readBySlug(category.getSlug());
        KnowledgeBaseRules.checkSlugHolder(errors, holder == null ? null : holder.getId(), category.getId());
        if (category.getParent() != null) {
            GuideCategory parent = category.getParent().getId() == null ? null
                    : categoryDao.readById(category.getParent().getId());
            if (parent == null) {
                errors.put("parent", KnowledgeBaseRules.NOT_FOUND);
            } else if (KnowledgeBaseRules.createsCycle(category.getId(), parent)) {
                errors.put("parent", KnowledgeBaseRules.PARENT_CYCLE);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidGuideException("guide category", errors);
        }
        return categoryDao.save(category);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public GuideCategory findBySlug(String slug) {
        return slug == null ? null : categoryDao.readBySlug(slug);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<GuideCategoryNode> categoryTree() {
        return GuideCategoryTree.build(categoryDao.readAll());
    }
}
