package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.reasons.MerchantReasonDao;
import io.concierge.core.helpcenter.reasons.MerchantReasons;
import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.PrioritySupport;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

@Service("cncCaseService")
public class CaseServiceImpl implements CaseService {

    @Resource(name = "cncSupportCaseDao")
    protected SupportCaseDao caseDao;

    @Resource(name = "cncMerchantReasonDao")
    protected MerchantReasonDao reasonDao;

    @Resource(name = "cncBroadleafOrders")
    protected BroadleafOrders orders;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cncCaseMails")
    protected CaseMails mails;

    /** Loyalty's tiers with priority support, when loyalty is installed. */
    @Autowired(required = false)
    protected List<PrioritySupport> prioritySupport = Collections.emptyList();

    @Resource(name = "cncContactChannels")
    protected ContactChannels channels;

    @Override
    @Transactional("blTransactionManager")
    public CaseOutcome file(NewCase request) {
        List<CaseReason> reasons = reasons();
        Map<String, String> violations = CaseRules.violations(request, reasons);
        Order order = violations.isEmpty() ? ordered(request) : null;
        if (violations.isEmpty() && hasOrder(request) && order == null) {
            violations.put(CaseRules.ORDER, CaseRules.UNKNOWN_ORDER);
        }
        if (!violations.isEmpty()) {
            return CaseOutcome.invalid(violations);
        }
        Long customerId = request.customerId() != null ? request.customerId()
                : order == null ? null : order.getCustomer().getId();
        String email = request.email();
        String name = request.name();
        if (!request.isGuest()) {
            Customer customer = customerService.readCustomerById(request.customerId());
            email = customer.getEmailAddress();
            name = join(customer.getFirstName(), customer.getLastName());
        }
        CaseReason reason = MerchantReasons.find(request.reasonId(), reasons);
        Date now = DatabaseTimes.toTheSecond(new Date());
        SupportCaseImpl filed = caseDao.add(SupportCaseImpl.filed(customerId, email, name,
                order == null ? null : order.getId(), reason == null ? null : reason.getId(),
                reason == null ? null : reason.getLabel(), request.subject(), request.localeCode(),
                request.channel(), now));
        if (customerId != null && owedPriority(customerId)) {
            filed.prioritize();
        }
        CaseMessage first = caseDao.add(CaseMessageImpl.written(filed.getId(), CaseMessageKind.CUSTOMER, null,
                request.message(), now));
        mails.received(filed, first, now);
        return CaseOutcome.done(filed);
    }

    private boolean owedPriority(long customerId) {
        for (PrioritySupport priority : prioritySupport) {
            if (priority.hasPrioritySupport(customerId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOrder(NewCase request) {
        return request.orderId() != null || request.orderNumber() != null;
    }

    /** The shopper's own order named by the request; null for none, and for one that is not theirs. */
    private Order ordered(NewCase request) {
        if (request.orderId() != null) {
            Order order = orders.find(request.orderId());
            return order != null && !request.isGuest() && order.getCustomer() != null
                    && request.customerId().equals(order.getCustomer().getId()) ? order : null;
        }
        if (request.orderNumber() == null) {
            return null;
        }
        Long orderId = orders.idOf(request.orderNumber());
        Order order = orderId == null ? null : orders.find(orderId);
        String placedWith = order == null ? null : BroadleafOrders.emailOf(order);
        return placedWith != null && request.orderEmail() != null && placedWith.equalsIgnoreCase(request.orderEmail())
                ? order : null;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public SupportCase find(String number) {
        return number == null ? null : caseDao.readByNumber(number.trim());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<SupportCase> casesOf(long customerId) {
        return caseDao.readForCustomer(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CaseMessage> thread(long caseId, boolean forStaff) {
        return caseDao.readThread(caseId, forStaff);
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean classify(long caseId, long reasonId) {
        CaseReason reason = MerchantReasons.find(reasonId, reasons());
        if (reason == null) {
            return false;
        }
        caseDao.readById(caseId).classified(reason.getId(), reason.getLabel());
        return true;
    }

    @Override
    @Transactional("blTransactionManager")
    public CaseOutcome replyAsCustomer(long caseId, String body) {
        Map<String, String> violations = CaseRules.messageViolations(body);
        if (!violations.isEmpty()) {
            return CaseOutcome.invalid(violations);
        }
        SupportCaseImpl supportCase = existing(caseId);
        Date now = DatabaseTimes.toTheSecond(new Date());
        caseDao.add(CaseMessageImpl.written(caseId, CaseMessageKind.CUSTOMER, null, body.trim(), now));
        supportCase.customerWrote(now);
        return CaseOutcome.done(supportCase);
    }

    @Override
    @Transactional("blTransactionManager")
    public CaseOutcome replyAsAgent(long caseId, long adminUserId, String body) {
        Map<String, String> violations = CaseRules.messageViolations(body);
        if (!violations.isEmpty()) {
            return CaseOutcome.invalid(violations);
        }
        SupportCaseImpl supportCase = existing(caseId);
        Date now = DatabaseTimes.toTheSecond(new Date());
        CaseMessage answer = caseDao.add(CaseMessageImpl.written(caseId, CaseMessageKind.AGENT, adminUserId,
                body.trim(), now));
        supportCase.answered(now);
        mails.answered(supportCase, answer, now);
        return CaseOutcome.done(supportCase);
    }

    @Override
    @Transactional("blTransactionManager")
    public CaseOutcome note(long caseId, long adminUserId, String body) {
        Map<String, String> violations = CaseRules.messageViolations(body);
        if (!violations.isEmpty()) {
            return CaseOutcome.invalid(violations);
        }
        SupportCaseImpl supportCase = existing(caseId);
        Date now = DatabaseTimes.toTheSecond(new Date());
        caseDao.add(CaseMessageImpl.written(caseId, CaseMessageKind.NOTE, adminUserId, body.trim(), now));
        supportCase.touched(now);
        return CaseOutcome.done(supportCase);
    }

    @Override
    @Transactional("blTransactionManager")
    public void changeStatus(long caseId, CaseStatus status) {
        existing(caseId).changeStatus(status, DatabaseTimes.toTheSecond(new Date()));
    }

    @Override
    @Transactional("blTransactionManager")
    public void assign(long caseId, Long adminUserId) {
        existing(caseId).assignTo(adminUserId);
    }

    @Override
    @Transactional("blTransactionManager")
    public void revokeLinks(long caseId) {
        existing(caseId).revokeLinks();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CaseList list(CaseFilter filter, int page, int pageSize) {
        Date now = new Date();
        Date overdueBefore = new Date(now.getTime() - TimeUnit.MINUTES.toMillis(channels.caseFormReplyMinutes()));
        return new CaseList(caseDao.readPage(filter, now, overdueBefore, page * pageSize, pageSize),
                caseDao.count(filter, now, overdueBefore), page, pageSize);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CaseReason> reasons() {
        return reasonDao.readActive(CaseReasonImpl.class);
    }

    private SupportCaseImpl existing(long caseId) {
        SupportCaseImpl supportCase = caseDao.readById(caseId);
        if (supportCase == null) {
            throw new IllegalArgumentException("no support case " + caseId);
        }
        return supportCase;
    }

    private static String join(String first, String last) {
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        return name.isEmpty() ? null : name;
    }
}
