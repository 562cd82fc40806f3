package io.concierge.core.survey;

import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.ProductSuppression;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The products shoppers rate poorly, kept out of guidance's recommendations (a {@link ProductSuppression}): over the
 * last {@code concierge.survey.suppression.days} days, at least {@code minAnswers} answers about orders that held the
 * product, and at least {@code detractorPercent} % of them detractors. One aggregate query for the whole catalog,
 * run once a minute per node on the task scheduler, never on a shopper's request: a product page only reads the last
 * answer, not even the capability switch (that was a database read on every product page). Nothing is suppressed
 * while the surveys are switched off, from the next refresh on (within a minute).
 */
@Component("cncPoorlyRatedProducts")
public class PoorlyRatedProducts implements ProductSuppression {

    private static final Log LOG = LogFactory.getLog(PoorlyRatedProducts.class);
    private static final long REFRESH_MILLIS = TimeUnit.MINUTES.toMillis(1);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "cncCapabilitySwitches")
    protected CapabilitySwitchService switches;

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    @Value("${concierge.survey.suppression.days:90}")
    protected int days;

    @Value("${concierge.survey.suppression.minAnswers:5}")
    protected int minAnswers;

    @Value("${concierge.survey.suppression.detractorPercent:50}")
    protected int detractorPercent;

    private TransactionTemplate readOnly;
    private volatile Set<Long> poorlyRated = Collections.emptySet();
    private ScheduledFuture<?> refreshing;

    @PostConstruct
    public void init() {
        if (days < 1 || minAnswers < 1 || detractorPercent < 1 || detractorPercent > 100) {
            throw new IllegalArgumentException("concierge.survey.suppression.days and minAnswers must be at least 1,"
                    + " detractorPercent from 1 to 100 (they are " + days + ", " + minAnswers + " and "
                    + detractorPercent + ")");
        }
        readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        refreshing = scheduler.scheduleWithFixedDelay(this::refreshLogged,
                new Date(System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(10)), REFRESH_MILLIS);
    }

    @PreDestroy
    public void stop() {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
    }

    @Override
    public Set<Long> suppressed(Collection<Long> productIds) {
        Set<Long> suppressed = new HashSet<Long>(poorlyRated);
        suppressed.retainAll(productIds);
        return suppressed;
    }

    /** Reads the poorly rated products again now (the next view sees them at once); none while surveys are off. */
    public Set<Long> refresh() {
        if (!switches.isOn(Surveys.KEY)) {
            poorlyRated = Collections.emptySet();
            return poorlyRated;
        }
        Set<Long> found = new HashSet<Long>();
        for (Object id : readOnly.execute(status -> em.createNativeQuery("SELECT d.PRODUCT_ID"
                + " FROM CNC_SURVEY_ANSWER a JOIN BLC_ORDER_ITEM oi ON oi.ORDER_ID = a.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = oi.ORDER_ITEM_ID"
                + " WHERE a.ANSWERED_AT >= :since GROUP BY d.PRODUCT_ID"
                + " HAVING COUNT(DISTINCT a.ANSWER_ID) >= :minAnswers"
                + " AND 100 * COUNT(DISTINCT CASE WHEN a.SCORE_GROUP = 'DETRACTOR' THEN a.ANSWER_ID END)"
                + " >= :percent * COUNT(DISTINCT a.ANSWER_ID)")
                .setParameter("since", new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(days)))
                .setParameter("minAnswers", (long) minAnswers).setParameter("percent", (long) detractorPercent)
                .getResultList())) {
            found.add(((Number) id).longValue());
        }
        poorlyRated = Collections.unmodifiableSet(found);
        return poorlyRated;
    }

    private void refreshLogged() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("poorly rated products not read again; the next minute tries again", e);
        }
    }
}
