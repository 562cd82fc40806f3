package io.concierge.core.survey;

import io.concierge.core.helpcenter.account.ContactPreferences;
import io.concierge.core.helpcenter.account.Purpose;
import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.JobLeases;
import io.concierge.core.kernel.mail.KeyedMail;
import io.concierge.core.kernel.mail.MailOutbox;
import io.concierge.core.kernel.mail.MailTemplates;
import io.concierge.core.kernel.orders.OrderEventType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

/**
 * The survey dispatch, scheduled on every node: under a lease (one node at a time; {@link JobLeases}) it writes the
 * invitations that are due, for every active survey, with one {@code INSERT … SELECT} each (orders whose dispatch
 * or delivery is old enough, not cancelled or returned, whose customer accepts surveys and had none in the survey's
 * throttle period: the earliest such order of a customer only); then it puts their mails into the kernel's outbox in
 * batches, and the reminders of the invitations not answered. Each batch commits with its mails, keyed by invitation,
 * so a node that dies mid-batch leaves nothing half done and no invitation is ever mailed twice. Bean
 * {@code cncSurveyDispatch}.
 */
@Component("cncSurveyDispatch")
public class SurveyDispatch {

    static final String JOB = "survey-dispatch";
    /** The outbox keys of an invitation's mail and of its reminder, followed by the invitation's id. */
    static final String INVITATION_KEY = "survey-invitation-";
    static final String REMINDER_KEY = "survey-reminder-";
    /** An order whose event is older than its survey's delay plus this is not surveyed any more. */
    static final int LATEST_DAYS = 14;

    private static final Log LOG = LogFactory.getLog(SurveyDispatch.class);
    /** Hibernate's query hint for entities it need not check for changes. */
    private static final String READ_ONLY = "org.hibernate.readOnly";
    private static final List<String> NOT_SURVEYED = new ArrayList<String>();

    static {
        for (OrderEventType endOfTheOrder : new OrderEventType[] {OrderEventType.CANCELLED,
                OrderEventType.RETURN_REQUESTED, OrderEventType.WITHDRAWN}) {
            NOT_SURVEYED.add(endOfTheOrder.name());
        }
    }

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "cncJobLeases")
    protected JobLeases leases;

    @Resource(name = "cncMailOutbox")
    protected MailOutbox outbox;

    @Resource(name = "cncMailTemplates")
    protected MailTemplates templates;

    @Resource(name = "cncSurveyLinks")
    protected SurveyLinks links;

    @Resource(name = "cncContactPreferences")
    protected ContactPreferences preferences;

    @Resource(name = "cncBroadleafOrders")
    protected BroadleafOrders orders;

    @Resource(name = "cncSurveyRollup")
    protected SurveyRollup rollup;

    @Resource(name = "cncCapabilitySwitches")
    protected CapabilitySwitchService switches;

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    @Value("${concierge.survey.dispatchSeconds:60}")
    protected int intervalSeconds = 60;

    @Value("${concierge.survey.batchSize:200}")
    protected int batchSize = 200;

    @Value("${concierge.survey.leaseSeconds:600}")
    protected int leaseSeconds = 600;

    private TransactionTemplate transaction;
    private ScheduledFuture<?> dispatching;

    @PostConstruct
    public void start() {
        if (intervalSeconds < 1 || batchSize < 1 || leaseSeconds < 60) {
            throw new IllegalArgumentException("concierge.survey.dispatchSeconds and batchSize must be at least 1,"
                    + " leaseSeconds at least 60 (they are " + intervalSeconds + ", " + batchSize + " and "
                    + leaseSeconds + ")");
        }
        transaction = new TransactionTemplate(transactionManager);
        long period = TimeUnit.SECONDS.toMillis(intervalSeconds);
        dispatching = scheduler.scheduleWithFixedDelay(this::dispatchLogged,
                new Date(System.currentTimeMillis() + Math.min(period, TimeUnit.SECONDS.toMillis(10))), period);
    }

    @PreDestroy
    public void stop() {
        if (dispatching != null) {
            dispatching.cancel(false);
        }
    }

    private void dispatchLogged() {
        try {
            if (switches.isOn(Surveys.KEY)) {
                dispatch(new Date());
            }
        } catch (RuntimeException e) {
            LOG.warn("survey dispatch failed; the next run tries again", e);
        }
    }

    /** One run: @return what it did, or null when another node holds the lease (or took it over meanwhile) */
    public DispatchReport dispatch(Date at) {
        Date now = DatabaseTimes.toTheSecond(at);
        return leases.whileHeld(JOB, Duration.ofSeconds(leaseSeconds), lease -> {
            int invited = 0;
            for (SurveyImpl survey : activeSurveys(now)) {
                Integer written = lease.inTransaction(status -> invite(survey, now));
                if (written == null) {
                    return null;
                }
                invited += written;
            }
            Integer mailed = mailAll(lease, null, now);
            if (mailed == null) {
                return null;
            }
            int reminded = 0;
            for (SurveyImpl survey : activeSurveys(now)) {
                Integer sent = survey.getReminderDays() > 0 ? mailAll(lease, survey, now) : Integer.valueOf(0);
                if (sent == null) {
                    return null;
                }
                reminded += sent;
            }
            return new DispatchReport(invited, mailed, reminded);
        });
    }

    /** Batch after batch ({@link #mailBatch}); @return how many, or null when the lease was lost (batch rolled back) */
    private Integer mailAll(JobLeases.Held lease, SurveyImpl reminding, Date now) {
        int total = 0;
        Integer sent;
        do {
            sent = lease.inTransaction(status -> mailBatch(reminding, now));
            if (sent == null) {
                return null;
            }
            total += sent;
        } while (sent == batchSize);
        return total;
    }

    private List<SurveyImpl> activeSurveys(Date now) {
        List<SurveyImpl> inviting = new ArrayList<SurveyImpl>();
        for (SurveyImpl survey : transaction.execute(status -> em.createQuery(
                "select s from SurveyImpl s where s.active = true order by s.id", SurveyImpl.class).getResultList())) {
            if (survey.isInvitingAt(now)) {
                inviting.add(survey);
            }
        }
        return inviting;
    }

    /** Writes the survey's due invitations in one statement; @return how many */
    private int invite(SurveyImpl survey, Date now) {
        Date dueBefore = daysBefore(now, survey.getTriggerDays());
        Date notBefore = daysBefore(dueBefore, LATEST_DAYS);
        String candidate = "e.EVENT_TYPE = :event AND e.OCCURRED_AT <= :dueBefore AND e.OCCURRED_AT > :notBefore";
        return em.createNativeQuery("INSERT INTO CNC_SURVEY_INVITATION (SURVEY_ID, ORDER_ID, CUSTOMER_ID, EMAIL,"
                + " LOCALE_CODE, STATUS, EVENT_AT, CREATED_AT)"
                + " SELECT :survey, e.ORDER_ID, o.CUSTOMER_ID, o.EMAIL_ADDRESS, o.LOCALE_CODE, :due, e.OCCURRED_AT, :now"
                + " FROM CNC_ORDER_EVENT e JOIN BLC_ORDER o ON o.ORDER_ID = e.ORDER_ID"
                + " WHERE " + candidate + " AND o.EMAIL_ADDRESS IS NOT NULL AND o.CUSTOMER_ID IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM CNC_ORDER_EVENT c WHERE c.ORDER_ID = e.ORDER_ID"
                + " AND c.EVENT_TYPE IN (:notSurveyed))"
                + " AND NOT EXISTS (SELECT 1 FROM CNC_SURVEY_INVITATION i WHERE i.SURVEY_ID = :survey"
                + " AND i.ORDER_ID = e.ORDER_ID)"
                + " AND NOT EXISTS (SELECT 1 FROM CNC_SURVEY_INVITATION i WHERE i.CUSTOMER_ID = o.CUSTOMER_ID"
                + " AND i.CREATED_AT > :throttledSince)"
                + " AND NOT EXISTS (SELECT 1 FROM CNC_CONTACT_PREFERENCES p WHERE p.CUSTOMER_ID = o.CUSTOMER_ID"
                + " AND p.SURVEYS = :optedOut)"
                // The customer's earliest candidate only: one invitation per customer and throttle period.
                // From the customer's orders (an index) to their events (another): a database that joins in the
                // order written, as HSQLDB does, would otherwise read every event for every candidate.
                + " AND NOT EXISTS (SELECT 1 FROM BLC_ORDER o2 JOIN CNC_ORDER_EVENT e2 ON e2.ORDER_ID = o2.ORDER_ID"
                + " WHERE o2.CUSTOMER_ID = o.CUSTOMER_ID AND " + candidate.replace("e.", "e2.")
                + " AND (e2.OCCURRED_AT < e.OCCURRED_AT OR (e2.OCCURRED_AT = e.OCCURRED_AT AND e2.ORDER_ID < e.ORDER_ID)))")
                .setParameter("survey", survey.getId()).setParameter("due", InvitationStatus.DUE.name())
                .setParameter("now", now).setParameter("event", survey.getTrigger().event().name())
                .setParameter("dueBefore", dueBefore).setParameter("notBefore", notBefore)
                .setParameter("notSurveyed", NOT_SURVEYED)
                .setParameter("throttledSince", daysBefore(now, survey.getThrottleDays()))
                .setParameter("optedOut", false).executeUpdate();
    }

    /**
     * Mails a batch: the due invitations (of every survey), or with {@code reminding} the reminders of the survey's
     * invitations sent its reminder days ago and not answered; moves them on. @return how many
     */
    private int mailBatch(SurveyImpl reminding, Date now) {
        TypedQuery<Object[]> due = reminding == null
                ? em.createQuery("select i, s from SurveyInvitationImpl i, SurveyImpl s where s.id = i.surveyId"
                        + " and i.status = :status order by i.id", Object[].class)
                        .setParameter("status", InvitationStatus.DUE)
                : em.createQuery("select i, s from SurveyInvitationImpl i, SurveyImpl s where s.id = i.surveyId"
                        + " and s.id = :survey and i.status = :status and i.sentAt <= :remindBefore order by i.id",
                        Object[].class).setParameter("survey", reminding.getId())
                        .setParameter("status", InvitationStatus.SENT)
                        .setParameter("remindBefore", daysBefore(now, reminding.getReminderDays()));
        // Read-only: the rows change by one update per batch (moveOn), so each flush before the outbox's queries
        // need not compare them with what was read.
        List<Object[]> batch = due.setHint(READ_ONLY, true).setMaxResults(batchSize).getResultList();
        // What the mails need besides the invitations, a query each for the whole batch (not one per mail).
        List<Long> customerIds = new ArrayList<Long>(batch.size());
        List<Long> orderIds = new ArrayList<Long>(batch.size());
        for (Object[] row : batch) {
            customerIds.add(((SurveyInvitationImpl) row[0]).getCustomerId());
            orderIds.add(((SurveyInvitationImpl) row[0]).getOrderId());
        }
        Set<Long> refusing = preferences.refusing(customerIds, Purpose.SURVEY);
        Map<Long, BroadleafOrders.Greeting> greetings = orders.greetings(orderIds);
        List<Long> mailed = new ArrayList<Long>();
        List<Long> withheld = new ArrayList<Long>();
        List<KeyedMail> mails = new ArrayList<KeyedMail>(batch.size());
        for (Object[] row : batch) {
            SurveyInvitationImpl invitation = (SurveyInvitationImpl) row[0];
            if (refusing.contains(invitation.getCustomerId())) {
                withheld.add(invitation.getId());
                continue;
            }
            String key = (reminding != null ? REMINDER_KEY : INVITATION_KEY) + invitation.getId();
            mails.add(new KeyedMail(key, invitation.getEmail(), templates.render("survey/invitation",
                    localeOf(invitation), model(invitation, (SurveyImpl) row[1],
                            greetings.get(invitation.getOrderId()), reminding != null, now))));
            mailed.add(invitation.getId());
        }
        outbox.enqueueAll(mails);
        moveOn(mailed, reminding != null ? InvitationStatus.REMINDED : InvitationStatus.SENT,
                reminding != null ? "remindedAt" : "sentAt", now);
        if (reminding == null) {
            rollup.mailed(mailed);
        }
        moveOn(withheld, InvitationStatus.WITHHELD, "remindedAt", now);
        return mailed.size() + withheld.size();
    }

    private void moveOn(List<Long> ids, InvitationStatus to, String timeField, Date now) {
        if (!ids.isEmpty()) {
            em.createQuery("update SurveyInvitationImpl i set i.status = :to, i." + timeField + " = :now"
                    + " where i.id in (:ids)")
                    .setParameter("to", to).setParameter("now", now).setParameter("ids", ids).executeUpdate();
        }
    }

    private Map<String, Object> model(SurveyInvitationImpl invitation, Survey survey,
                                      BroadleafOrders.Greeting greeting, boolean reminder, Date now) {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("firstName", greeting == null ? null : greeting.getFirstName());
        model.put("orderNumber", greeting == null ? null : greeting.getOrderNumber());
        model.put("kind", survey.getKind().getType());
        model.put("trigger", survey.getTrigger().getType());
        model.put("reminder", reminder);
        List<Map<String, Object>> scores = new ArrayList<Map<String, Object>>();
        for (int score : survey.getKind().scores()) {
            Map<String, Object> link = new HashMap<String, Object>();
            link.put("score", String.valueOf(score));
            link.put("link", links.answerLink(invitation.getId(), score, invitation.getLocaleCode(), now));
            scores.add(link);
        }
        model.put("scores", scores);
        model.put("unsubscribeLink", links.unsubscribeLink(invitation.getCustomerId(), invitation.getLocaleCode(), now));
        return model;
    }

    static Locale localeOf(SurveyInvitationImpl invitation) {
        return invitation.getLocaleCode() == null ? Locale.US
                : Locale.forLanguageTag(invitation.getLocaleCode().replace('_', '-'));
    }

    private static Date daysBefore(Date time, int days) {
        return new Date(time.getTime() - TimeUnit.DAYS.toMillis(days));
    }

    /** What one run did. */
    public static final class DispatchReport {
        private final int invited;
        private final int mailed;
        private final int reminded;

        DispatchReport(int invited, int mailed, int reminded) {
            this.invited = invited;
            this.mailed = mailed;
            this.reminded = reminded;
        }

        /** Invitations written. */
        public int invited() {
            return invited;
        }

        /** Invitation mails put into the outbox (or closed unsent for a customer who opted out meanwhile). */
        public int mailed() {
            return mailed;
        }

        public int reminded() {
            return reminded;
        }

        @Override
        public String toString() {
            return "invited " + invited + ", mailed " + mailed + ", reminded " + reminded;
        }
    }
}
