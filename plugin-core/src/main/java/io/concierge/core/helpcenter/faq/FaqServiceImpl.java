package io.concierge.core.helpcenter.faq;

import io.concierge.core.kb.search.GuideDocument;
import io.concierge.core.kernel.DatabaseTimes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

@Service("cncFaqService")
public class FaqServiceImpl implements FaqService {

    @Resource(name = "cncFaqDao")
    protected FaqDao faqDao;

    @Override
    public FaqEntry create() {
        return faqDao.create();
    }

    @Override
    @Transactional("blTransactionManager")
    public FaqEntry save(FaqEntry entry) {
        FaqRules.prepare(entry);
        Map<String, String> violations = FaqRules.violations(entry);
        if (!violations.isEmpty()) {
            throw new InvalidFaqEntryException(violations);
        }
        return faqDao.save(entry);
    }

    @Override
    @Transactional("blTransactionManager")
    public void delete(long entryId) {
        FaqEntry entry = faqDao.readById(entryId);
        if (entry != null) {
            faqDao.delete(entry);
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public FaqEntry findById(long entryId) {
        return faqDao.readById(entryId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public FaqEntry findPublished(long entryId) {
        FaqEntry entry = faqDao.readById(entryId);
        if (entry == null || !entry.isPublished()) {
            return null;
        }
        entry.getProductLinks().size();
        return entry;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<FaqEntry> listPublished(String locale) {
        return faqDao.readPublished(locale);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<FaqEntry> mostViewed(String locale, int max) {
        return faqDao.readMostViewed(locale, max);
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean recordView(long entryId) {
        return faqDao.incrementViews(entryId) > 0;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean recordSolved(long entryId) {
        if (faqDao.incrementSolved(entryId) == 0) {
            return false;
        }
        faqDao.addSolved(new SolvedAnswerImpl(GuideDocument.FAQ, entryId, DatabaseTimes.toTheSecond(new Date())));
        return true;
    }

    @Override
    @Transactional("blTransactionManager")
    public void recordGuideSolved(long guideId) {
        faqDao.addSolved(new SolvedAnswerImpl(GuideDocument.GUIDE, guideId, DatabaseTimes.toTheSecond(new Date())));
    }
}
