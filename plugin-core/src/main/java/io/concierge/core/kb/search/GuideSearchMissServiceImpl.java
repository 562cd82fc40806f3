package io.concierge.core.kb.search;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Service("cncGuideSearchMissService")
public class GuideSearchMissServiceImpl implements GuideSearchMissService {

    private static final Log LOG = LogFactory.getLog(GuideSearchMissServiceImpl.class);

    @Resource(name = "cncGuideSearchMissDao")
    protected GuideSearchMissDao missDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Override
    public void record(String text, String locale) {
        String query = SearchMisses.normalize(text);
        if (query == null) {
            return;
        }
        String canonicalLocale = SearchLanguage.forLocale(locale).locale();
        // Its own transaction, apart from any the caller may be in: a second attempt needs a fresh one when
        // another node inserted the same miss between our update and our insert.
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        RuntimeException failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                transaction.execute(status -> {
                    Date now = new Date();
                    if (!missDao.countAgain(query, canonicalLocale, now)) {
                        missDao.insertFirst(query, canonicalLocale, now);
                    }
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        LOG.warn("A search without result was not recorded (\"" + query + "\", " + canonicalLocale + "): "
                + failure.getMessage());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<GuideSearchMiss> topMisses(String locale, int max) {
        String canonicalLocale = locale == null ? null : SearchLanguage.forLocale(locale).locale();
        return missDao.readTop(canonicalLocale, Math.max(1, Math.min(max, MAX_REPORTED)));
    }
}
