package io.concierge.core.helpcenter.faq;

import io.concierge.core.kb.search.GuideDocument;
import io.concierge.core.kb.search.GuideDocumentSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import javax.annotation.Resource;

/** Every FAQ entry as a search document, for the knowledge base's full reindex (which rewrites the whole index). */
@Service("cncFaqDocumentSource")
public class FaqDocumentSource implements GuideDocumentSource {

    @Resource(name = "cncFaqDao")
    protected FaqDao faqDao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countGuides() {
        return faqDao.countAll();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<GuideDocument> guides(int first, int max) {
        return FaqDocuments.of(faqDao.readOrderedById(first, max));
    }
}
