package io.concierge.core.survey;

import io.concierge.core.helpcenter.account.Purpose;
import io.concierge.core.helpcenter.account.ShopperProfileService;
import io.concierge.core.helpcenter.cases.CaseService;
import io.concierge.core.helpcenter.cases.NewCase;
import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.Language;
import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;

/**
 * The answers to the invitations, bean {@code cncSurveyAnswers}: the click on a score records it at once, once (a
 * second click, or the same click on another node at the same moment, finds it recorded); a detractor's answer
 * opens a support case with the order beside it; the follow-up (the survey's own reasons, a comment) can be
 * given and changed while the links are valid, and a detractor's reaches the case's thread, in the order's language,
 * and gives the case the help center's reason its first reason names.
 */
@Service("cncSurveyAnswers")
public class SurveyAnswers {

    public static final String COMMENT = "comment";
    public static final String REASONS = "reasons";
    static final String COMMENT_TOO_LONG = "survey.error.commentTooLong";
    static final String UNKNOWN_REASON = "survey.error.reason";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "cncSurveyLinks")
    protected SurveyLinks links;

    @Resource(name = "cncCaseService")
    protected CaseService cases;

    @Resource(name = "cncShopperProfileService")
    protected ShopperProfileService profiles;

    @Resource(name = "cncBroadleafOrders")
    protected BroadleafOrders orders;

    @Resource(name = "cncSurveyRollup")
    protected SurveyRollup rollup;

    /** The texts of the case a detractor's answer opens, in the customer's language (the mail bundles). */
    @Resource(name = "cncMailMessageSource")
    protected MessageSource messages;

    private TransactionTemplate transaction;

    @PostConstruct
    public void init() {
        transaction = new TransactionTemplate(transactionManager);
    }

    /** The click on a score in the mail. */
    public AnswerPage click(String token, Date at) {
        Date now = DatabaseTimes.toTheSecond(at);
        SurveyLinks.Clicked clicked = links.answerOf(token, now);
        if (clicked == null) {
            return AnswerPage.none();
        }
        try {
            return transaction.execute(status -> record(clicked, now));
        } catch (DataIntegrityViolationException | PersistenceException recordedMeanwhile) {
            // Another node took the same click at the same moment: its answer stands.
            return transaction.execute(status -> open(clicked.invitationId()));
        }
    }

    /** The answer page for a valid link, without recording anything (the follow-up form's own page). */
    public AnswerPage open(String token, Date at) {
        SurveyLinks.Clicked clicked = links.answerOf(token, DatabaseTimes.toTheSecond(at));
        return clicked == null ? AnswerPage.none() : transaction.execute(status -> open(clicked.invitationId()));
    }

    /**
     * The follow-up: the reasons ticked (the survey's offered reasons) and a comment (at most
     * {@link SurveyAnswerImpl#MAX_COMMENT_LENGTH} characters).
     *
     * @return field errors on {@link #REASONS} or {@link #COMMENT} (then nothing changed); empty when saved; null when
     *         the link does not open an answer
     */
    public Map<String, String> followUp(String token, List<Long> reasonIds, String comment, Date at) {
        Date now = DatabaseTimes.toTheSecond(at);
        SurveyLinks.Clicked clicked = links.answerOf(token, now);
        if (clicked == null) {
            return null;
        }
        return transaction.execute(status -> {
            SurveyAnswerImpl answer = answerOf(clicked.invitationId());
            if (answer == null) {
                return null;
            }
            String text = comment == null || comment.trim().isEmpty() ? null : comment.trim();
            if (text != null && text.length() > SurveyAnswerImpl.MAX_COMMENT_LENGTH) {
                return Collections.singletonMap(COMMENT, COMMENT_TOO_LONG);
            }
            List<SurveyReasonImpl> offered = em.find(SurveyImpl.class, answer.surveyId).activeReasons();
            Set<Long> chosen = new LinkedHashSet<Long>();
            List<SurveyReasonImpl> ticked = new ArrayList<SurveyReasonImpl>();
            for (Long id : reasonIds) {
                SurveyReasonImpl reason = id == null ? null : reasonOf(id, offered);
                if (reason == null) {
                    return Collections.singletonMap(REASONS, UNKNOWN_REASON);
                }
                if (chosen.add(id)) {
                    ticked.add(reason);
                }
            }
            rollup.reasons(answer.getId(), -1);
            answer.followUp(chosen, text, now);
            em.flush();
            rollup.reasons(answer.getId(), 1);
            if (answer.getCaseId() != null && (text != null || !chosen.isEmpty())) {
                tellTheCase(answer, ticked, text);
            }
            return Collections.<String, String>emptyMap();
        });
    }

    /**
     * The one-click unsubscribe link of a survey mail: no more surveys for that customer, registered or a guest.
     *
     * @return false for a link that is forged or expired (nothing changed)
     */
    public boolean unsubscribe(String token, String clientAddress, Date at) {
        Long customerId = links.unsubscriberOf(token, DatabaseTimes.toTheSecond(at));
        if (customerId == null) {
            return false;
        }
        profiles.unsubscribe(customerId, clientAddress, Purpose.SURVEY);
        return true;
    }

    private AnswerPage record(SurveyLinks.Clicked clicked, Date now) {
        SurveyInvitationImpl invitation = em.find(SurveyInvitationImpl.class, clicked.invitationId());
        SurveyImpl survey = invitation == null ? null : em.find(SurveyImpl.class, invitation.getSurveyId());
        if (survey == null || !survey.getKind().isOnScale(clicked.score())) {
            return AnswerPage.none();
        }
        SurveyAnswerImpl recorded = answerOf(invitation.getId());
        if (recorded != null) {
            return page(recorded, survey, invitation, false);
        }
        SurveyAnswerImpl answer = SurveyAnswerImpl.clicked(invitation, clicked.score(),
                survey.getKind().groupOf(clicked.score()), now);
        em.persist(answer);
        em.flush();
        invitation.answered();
        if (answer.getScoreGroup() == ScoreGroup.DETRACTOR) {
            openCase(answer, invitation, survey);
        }
        // Last, so that the dashboard's shared counts stay locked for the shortest time before the commit.
        em.flush();
        rollup.recorded(answer.getId());
        return page(answer, survey, invitation, true);
    }

    private AnswerPage open(long invitationId) {
        SurveyAnswerImpl answer = answerOf(invitationId);
        return answer == null ? AnswerPage.none() : page(answer, em.find(SurveyImpl.class, answer.surveyId),
                em.find(SurveyInvitationImpl.class, invitationId), false);
    }

    /** The page, with a detractor's reasons to tick in the order's language. */
    private static AnswerPage page(SurveyAnswerImpl answer, SurveyImpl survey, SurveyInvitationImpl invitation,
                                   boolean justRecorded) {
        List<AnswerPage.Reason> reasons = new ArrayList<AnswerPage.Reason>();
        if (answer.getScoreGroup() == ScoreGroup.DETRACTOR) {
            Language language = Language.forLocale(invitation.getLocaleCode());
            for (SurveyReasonImpl reason : survey.activeReasons()) {
                reasons.add(new AnswerPage.Reason(reason.getId(), reason.labelIn(language)));
            }
        }
        return AnswerPage.of(answer, survey, justRecorded, reasons);
    }

    private static SurveyReasonImpl reasonOf(long id, List<SurveyReasonImpl> reasons) {
        for (SurveyReasonImpl reason : reasons) {
            if (reason.getId() == id) {
                return reason;
            }
        }
        return null;
    }

    private void openCase(SurveyAnswerImpl answer, SurveyInvitationImpl invitation, Survey survey) {
        Order order = orders.find(invitation.getOrderId());
        String number = order == null ? String.valueOf(invitation.getOrderId()) : order.getOrderNumber();
        String name = order == null || order.getCustomer() == null ? null
                : BroadleafOrders.customerNameOf(order);
        Locale locale = SurveyDispatch.localeOf(invitation);
        Object[] args = {answer.getScore(), survey.getKind().scores().get(survey.getKind().scores().size() - 1), number};
        long caseId = cases.file(NewCase.byGuest(name == null ? invitation.getEmail() : name, invitation.getEmail())
                .about(messages.getMessage("survey.case.subject", args, locale),
                        messages.getMessage("survey.case.message", args, locale), null)
                .forGuestOrder(number, invitation.getEmail()).inLocale(invitation.getLocaleCode())
                .openedForTheCustomer()).supportCase().getId();
        answer.openedCase(caseId);
    }

    private void tellTheCase(SurveyAnswerImpl answer, List<SurveyReasonImpl> ticked, String comment) {
        Language language = Language.forLocale(em.find(SurveyInvitationImpl.class, answer.getInvitationId())
                .getLocaleCode());
        List<String> labels = new ArrayList<String>();
        for (SurveyReasonImpl reason : ticked) {
            labels.add(reason.labelIn(language));
        }
        if (!ticked.isEmpty() && ticked.get(0).getCaseReason() != null) {
            cases.classify(answer.getCaseId(), ticked.get(0).getCaseReason().getId());
        }
        cases.replyAsCustomer(answer.getCaseId(), (labels.isEmpty() ? "" : String.join(", ", labels) + "\n")
                + (comment == null ? "" : comment));
    }

    private SurveyAnswerImpl answerOf(long invitationId) {
        List<SurveyAnswerImpl> found = em.createQuery("select a from SurveyAnswerImpl a where a.invitationId = :id",
                SurveyAnswerImpl.class).setParameter("id", invitationId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
