package io.concierge.core.survey;

import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.RefreshedProductSuppression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The products shoppers rate poorly, kept out of guidance's recommendations: over the last
 * {@code concierge.survey.suppression.days} days, at least {@code minAnswers} answers about orders that held the
 * product, and at least {@code detractorPercent} % of them detractors. One aggregate query for the whole catalog,
 * once a minute per node ({@link RefreshedProductSuppression}): a product page does not even read the capability
 * switch (that was a database read on every product page). Nothing is suppressed while the surveys are switched
 * off, from the next refresh on (within a minute).
 */
@Component("cncPoorlyRatedProducts")
public class PoorlyRatedProducts extends RefreshedProductSuppression {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncCapabilitySwitches")
    protected CapabilitySwitchService switches;

    @Value("${concierge.survey.suppression.days:90}")
    protected int days;

    @Value("${concierge.survey.suppression.minAnswers:5}")
    protected int minAnswers;

    @Value("${concierge.survey.suppression.detractorPercent:50}")
    protected int detractorPercent;

    @Override
    protected void checkSettings() {
        if (days < 1 || minAnswers < 1 || detractorPercent < 1 || detractorPercent > 100) {
            throw new IllegalArgumentException("concierge.survey.suppression.days and minAnswers must be at least 1,"
                    + " detractorPercent from 1 to 100 (they are " + days + ", " + minAnswers + " and "
                    + detractorPercent + ")");
        }
    }

    @Override
    protected Set<Long> read() {
        if (!switches.isOn(Surveys.KEY)) {
            return Collections.emptySet();
        }
        Set<Long> found = new HashSet<Long>();
        for (Object id : em.createNativeQuery("SELECT d.PRODUCT_ID"
                + " FROM CNC_SURVEY_ANSWER a JOIN BLC_ORDER_ITEM oi ON oi.ORDER_ID = a.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = oi.ORDER_ITEM_ID"
                + " WHERE a.ANSWERED_AT >= :since GROUP BY d.PRODUCT_ID"
                + " HAVING COUNT(DISTINCT a.ANSWER_ID) >= :minAnswers"
                + " AND 100 * COUNT(DISTINCT CASE WHEN a.SCORE_GROUP = 'DETRACTOR' THEN a.ANSWER_ID END)"
                + " >= :percent * COUNT(DISTINCT a.ANSWER_ID)")
                .setParameter("since", new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(days)))
                .setParameter("minAnswers", (long) minAnswers).setParameter("percent", (long) detractorPercent)
                .getResultList()) {
            found.add(((Number) id).longValue());
        }
        return found;
    }
}
