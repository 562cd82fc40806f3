package io.concierge.admin.helpcenter.web;

import io.concierge.core.helpcenter.cases.CaseFilter;
import io.concierge.core.helpcenter.cases.ContactChannelKind;
import io.concierge.core.helpcenter.cases.NewCase;
import io.concierge.core.helpcenter.cases.CaseOutcome;
import io.concierge.core.helpcenter.orders.ChangeOutcome;
import io.concierge.core.helpcenter.orders.ChangeRefusal;
import io.concierge.core.helpcenter.orders.NewAddress;
import io.concierge.core.helpcenter.orders.UnknownOrderException;
import io.concierge.core.kernel.orders.ReturnedItems;
import io.concierge.core.kernel.ClientAddresses;
import io.concierge.core.helpcenter.cases.CaseReport;
import io.concierge.core.helpcenter.cases.CaseReports;
import io.concierge.core.helpcenter.cases.CaseService;
import io.concierge.core.helpcenter.cases.CaseStatus;
import io.concierge.core.helpcenter.cases.CustomerViews;
import io.concierge.core.helpcenter.cases.CaseActions;
import io.concierge.core.helpcenter.cases.SupportCase;
import org.broadleafcommerce.common.exception.ServiceException;
import org.codehaus.jackson.map.ObjectMapper;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The admin's "Cases" inbox: the list with its filters (status, reason, age, overdue), and a case's page with its
 * thread, the answer to the customer (mailed), internal notes, status, assignee, a goodwill coupon and, on the
 * case's order, a new address, the cancellation, a return and a refund in part, within the agent's limits
 * ({@link CaseActions}), the revocation of its mailed links,
 * and the customer beside it (orders with where they stand, addresses, self-service changes, earlier cases, what
 * other capabilities know); and the reports (cases by reason per week, median first response). Reading needs the permission to read cases, answering the one to maintain them.
 */
@Controller("cncCasesAdminController")
@RequestMapping("/" + CasesAdminController.SECTION_KEY)
public class CasesAdminController extends AdminAbstractController {

    /** The section's URL (HelpCenterAdminRows). */
    public static final String SECTION_KEY = "cases";

    static final int PAGE_SIZE = 50;
    static final int REPORT_WEEKS = 12;
    static final String QUANTITY_FIELD = "quantity-";
    /** The channels whose contacts agents record; the case form files its own. */
    static final List<ContactChannelKind> RECORDED_CHANNELS = Arrays.asList(ContactChannelKind.PHONE,
            ContactChannelKind.WHATSAPP, ContactChannelKind.CHAT, ContactChannelKind.SOCIAL);

    private static final String CASE_ENTITY = SupportCase.class.getName();

    @Resource(name = "cncCaseService")
    protected CaseService cases;

    @Resource(name = "cncCaseReports")
    protected CaseReports reports;

    @Resource(name = "cncCaseActions")
    protected CaseActions actions;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @Resource(name = "cncCustomerViews")
    protected CustomerViews customers;

    @Resource(name = "blAdminSecurityService")
    protected AdminSecurityService adminUsers;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(Model model,
                       @RequestParam(value = "status", required = false) String status,
                       @RequestParam(value = "reason", required = false) Long reason,
                       @RequestParam(value = "olderThanHours", required = false) Integer olderThanHours,
                       @RequestParam(value = "overdue", defaultValue = "false") boolean overdue,
                       @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        adminRemoteSecurityService.securityCheck(CASE_ENTITY, EntityOperationType.FETCH);
        CaseStatus chosen = statusOf(status);
        model.addAttribute("caseList", cases.list(CaseFilter.all().status(chosen).reason(reason)
                .olderThanHours(olderThanHours == null || olderThanHours < 0 ? null : olderThanHours)
                .overdueOnly(overdue), Math.max(0, page), PAGE_SIZE));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("reasons", cases.reasons());
        model.addAttribute("chosenStatus", chosen);
        model.addAttribute("chosenReason", reason);
        model.addAttribute("olderThanHours", olderThanHours);
        model.addAttribute("overdue", overdue);
        model.addAttribute("recordedChannels", RECORDED_CHANNELS);
        return page(model, "concierge/cases");
    }

    /**
     * A contact that came by another channel (a call, a chat, WhatsApp, a social network), recorded by the agent
     * who took it: a case like one from the form (the customer gets its number by e-mail), whose first response is
     * measured for that channel. An order number must be one placed with that e-mail address.
     */
    @RequestMapping(value = "/record", method = RequestMethod.POST)
    public String record(@RequestParam Map<String, String> sent, RedirectAttributes redirect) throws ServiceException {
        adminRemoteSecurityService.securityCheck(CASE_ENTITY, EntityOperationType.UPDATE);
        ContactChannelKind channel = ContactChannelKind.getInstance(sent.get("channel"));
        if (!RECORDED_CHANNELS.contains(channel)) {
            redirect.addFlashAttribute("problem", "Case_badChannel");
            return "redirect:/" + SECTION_KEY;
        }
        String orderNumber = sent.get("orderNumber");
        NewCase contact = NewCase.byGuest(sent.get("name"), sent.get("email"))
                .about(sent.get("subject"), sent.get("message"), idOf(sent.get("reason"))).through(channel);
        if (orderNumber != null && !orderNumber.trim().isEmpty()) {
            contact.forGuestOrder(orderNumber, sent.get("email"));
        }
        CaseOutcome outcome = cases.file(contact);
        if (!outcome.isDone()) {
            redirect.addFlashAttribute("problem", outcome.fieldErrors().values().iterator().next());
            return "redirect:/" + SECTION_KEY;
        }
        redirect.addFlashAttribute("done", "Case_recorded");
        return "redirect:/" + SECTION_KEY + "/" + outcome.supportCase().getNumber();
    }

    /** Cases by reason per week (the recurring complaints) and the median first response, as charts. */
    @RequestMapping(value = "/reports", method = RequestMethod.GET)
    public String reports(Model model) throws ServiceException, IOException {
        adminRemoteSecurityService.securityCheck(CASE_ENTITY, EntityOperationType.FETCH);
        CaseReport report = reports.lastWeeks(REPORT_WEEKS, new Date());
        model.addAttribute("report", report);
        model.addAttribute("reportJson", new ObjectMapper().writeValueAsString(report));
        return page(model, "concierge/caseReports");
    }

    @RequestMapping(value = "/{number}", method = RequestMethod.GET)
    public String view(@PathVariable("number") String number, Model model) throws ServiceException {
        adminRemoteSecurityService.securityCheck(CASE_ENTITY, EntityOperationType.FETCH);
        SupportCase supportCase = cases.find(number);
        if (supportCase == null) {
            model.addAttribute("notFound", number);
            return page(model, "concierge/cases");
        }
        model.addAttribute("supportCase", supportCase);
        model.addAttribute("thread", cases.thread(supportCase.getId(), true));
        model.addAttribute("customer", customers.of(supportCase));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("agents", adminUsers.readAllAdminUsers());
        model.addAttribute("powers", actions.powersOf(agentId()));
        model.addAttribute("caseOrder", actions.caseOrder(supportCase.getId()));
        model.addAttribute("quantityField", QUANTITY_FIELD);
        return page(model, "concierge/case");
    }

    @RequestMapping(value = "/{number}/answer", method = RequestMethod.POST)
    public String answer(@PathVariable("number") String number, @RequestParam(value = "body", defaultValue = "") String body,
                         RedirectAttributes redirect) throws ServiceException {
        SupportCase supportCase = maintained(number);
        return done(number, cases.replyAsAgent(supportCase.getId(), agentId(), body), "Case_answered", redirect);
    }

    @RequestMapping(value = "/{number}/note", method = RequestMethod.POST)
    public String note(@PathVariable("number") String number, @RequestParam(value = "body", defaultValue = "") String body,
                       RedirectAttributes redirect) throws ServiceException {
        SupportCase supportCase = maintained(number);
        return done(number, cases.note(supportCase.getId(), agentId(), body), "Case_noted", redirect);
    }

    @RequestMapping(value = "/{number}/status", method = RequestMethod.POST)
    public String status(@PathVariable("number") String number, @RequestParam("status") String status,
                         RedirectAttributes redirect) throws ServiceException {
        SupportCase supportCase = maintained(number);
        CaseStatus chosen = statusOf(status);
        if (chosen == null) {
            redirect.addFlashAttribute("problem", "Case_badStatus");
        } else {
            cases.changeStatus(supportCase.getId(), chosen);
            redirect.addFlashAttribute("done", "Case_statusChanged");
        }
        return "redirect:/" + SECTION_KEY + "/" + number;
    }

    @RequestMapping(value = "/{number}/assignee", method = RequestMethod.POST)
    public String assign(@PathVariable("number") String number,
                         @RequestParam(value = "assignee", required = false) Long assignee,
                         RedirectAttributes redirect) throws ServiceException {
        SupportCase supportCase = maintained(number);
        if (assignee != null && adminUsers.readAdminUserById(assignee) == null) {
            redirect.addFlashAttribute("problem", "Case_badAssignee");
        } else {
            cases.assign(supportCase.getId(), assignee);
            redirect.addFlashAttribute("done", "Case_assigned");
        }
        return "redirect:/" + SECTION_KEY + "/" + number;
    }

    @RequestMapping(value = "/{number}/goodwill", method = RequestMethod.POST)
    public String goodwill(@PathVariable("number") String number,
                           @RequestParam(value = "amount", defaultValue = "") String amount,
                           RedirectAttributes redirect) throws ServiceException {
        SupportCase supportCase = maintained(number);
        return done(number, actions.sendGoodwill(supportCase.getId(), agentId(), amountOf(amount)), "Case_goodwillSent",
                redirect);
    }

    @RequestMapping(value = "/{number}/cancel-order", method = RequestMethod.POST)
    public String cancelOrder(@PathVariable("number") String number, HttpServletRequest request,
                              RedirectAttributes redirect) throws ServiceException {
        return onCaseOrder(number, (caseId, agent) -> actions.cancelOrder(caseId, agent, clientAddresses.of(request)),
                "Case_orderCancelled", redirect);
    }

    @RequestMapping(value = "/{number}/address", method = RequestMethod.POST)
    public String changeAddress(@PathVariable("number") String number, @ModelAttribute("address") NewAddress address,
                                HttpServletRequest request, RedirectAttributes redirect) throws ServiceException {
        return onCaseOrder(number,
                (caseId, agent) -> actions.changeAddress(caseId, agent, clientAddresses.of(request), address),
                "Case_addressChanged", redirect);
    }

    /** The items to return come as {@code quantity-<order item id>} fields; anything but a whole number is refused. */
    @RequestMapping(value = "/{number}/return", method = RequestMethod.POST)
    public String startReturn(@PathVariable("number") String number,
                              @RequestParam(value = "reason", required = false) Long reason,
                              HttpServletRequest request, RedirectAttributes redirect) throws ServiceException {
        Map<Long, Integer> quantities = new LinkedHashMap<Long, Integer>();
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            String sent = field.getValue()[0].trim();
            if (field.getKey().matches(QUANTITY_FIELD + "[0-9]{1,18}") && !sent.isEmpty()) {
                quantities.put(Long.valueOf(field.getKey().substring(QUANTITY_FIELD.length())),
                        sent.matches("[0-9]{1,9}") ? Integer.valueOf(sent) : -1);
            }
        }
        return onCaseOrder(number, (caseId, agent) -> actions.startReturn(caseId, agent, clientAddresses.of(request),
                ReturnedItems.of(quantities), reason), "Case_returnStarted", redirect);
    }

    @RequestMapping(value = "/{number}/refund", method = RequestMethod.POST)
    public String refundInPart(@PathVariable("number") String number,
                               @RequestParam(value = "amount", defaultValue = "") String amount,
                               HttpServletRequest request, RedirectAttributes redirect) throws ServiceException {
        return onCaseOrder(number, (caseId, agent) -> actions.refundInPart(caseId, agent, clientAddresses.of(request),
                amountOf(amount)), "Case_refunded", redirect);
    }

    @RequestMapping(value = "/{number}/revoke-links", method = RequestMethod.POST)
    public String revokeLinks(@PathVariable("number") String number, RedirectAttributes redirect)
            throws ServiceException {
        cases.revokeLinks(maintained(number).getId());
        redirect.addFlashAttribute("done", "Case_linksRevoked");
        return "redirect:/" + SECTION_KEY + "/" + number;
    }

    /** An order care change to the case's order, made by this agent. */
    private interface OrderCareChange {
        ChangeOutcome make(long caseId, long agentId) throws UnknownOrderException;
    }

    /**
     * Makes the change and says how it went: done, the first field error, or why order care refused it (with the
     * time since when, as the shopper's pages say it).
     */
    private String onCaseOrder(String number, OrderCareChange change, String doneKey, RedirectAttributes redirect)
            throws ServiceException {
        SupportCase supportCase = maintained(number);
        try {
            ChangeOutcome outcome = supportCase.getOrderId() == null ? null : change.make(supportCase.getId(), agentId());
            if (outcome == null) {
                redirect.addFlashAttribute("problem", "Case_noOrder");
            } else if (outcome.isMade()) {
                redirect.addFlashAttribute("done", doneKey);
            } else if (!outcome.fieldErrors().isEmpty()) {
                redirect.addFlashAttribute("problem", outcome.fieldErrors().values().iterator().next());
            } else {
                ChangeRefusal refusal = outcome.refusal();
                redirect.addFlashAttribute("problem", refusal.reason().messageKey());
                redirect.addFlashAttribute("problemArgs", new Object[] {refusal.since() == null ? ""
                        : new SimpleDateFormat("yyyy-MM-dd HH:mm").format(refusal.since())});
            }
        } catch (UnknownOrderException deletedMeanwhile) {
            redirect.addFlashAttribute("problem", "Case_noOrder");
        }
        return "redirect:/" + SECTION_KEY + "/" + number;
    }

    private static Long idOf(String id) {
        try {
            return id == null || id.trim().isEmpty() ? null : Long.valueOf(id.trim());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    private static BigDecimal amountOf(String amount) {
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException notAnAmount) {
            return null;
        }
    }

    private SupportCase maintained(String number) throws ServiceException {
        adminRemoteSecurityService.securityCheck(CASE_ENTITY, EntityOperationType.UPDATE);
        SupportCase supportCase = cases.find(number);
        if (supportCase == null) {
            throw new ServiceException("no case " + number);
        }
        return supportCase;
    }

    private long agentId() {
        return adminRemoteSecurityService.getPersistentAdminUser().getId();
    }

    private static String done(String number, CaseOutcome outcome, String doneKey, RedirectAttributes redirect) {
        if (outcome.isDone()) {
            redirect.addFlashAttribute("done", doneKey);
        } else {
            redirect.addFlashAttribute("problem", outcome.fieldErrors().values().iterator().next());
        }
        return "redirect:/" + SECTION_KEY + "/" + number;
    }

    private String page(Model model, String view) {
        model.addAttribute("viewType", view);
        setModelAttributes(model, SECTION_KEY);
        return "modules/defaultContainer";
    }

    private static CaseStatus statusOf(String status) {
        for (CaseStatus known : CaseStatus.values()) {
            if (known.name().equals(status)) {
                return known;
            }
        }
        return null;
    }
}
