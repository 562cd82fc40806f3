package io.concierge.core.kb;

import io.concierge.core.kb.search.GuideDocument;
import io.concierge.core.kb.search.GuideDocumentSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import javax.annotation.Resource;

/** Every guide, whatever its status, as search documents; the index decides from {@code listed} what to show. */
@Service("cncGuideDocumentSource")
public class GuideDocumentSourceImpl implements GuideDocumentSource {

    @Resource(name = "cncGuideDao")
    protected GuideDao guideDao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countGuides() {
        return guideDao.countAll();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<GuideDocument> guides(int first, int max) {
        return GuideDocuments.of(guideDao.readOrderedById(first, max));
    }
}
