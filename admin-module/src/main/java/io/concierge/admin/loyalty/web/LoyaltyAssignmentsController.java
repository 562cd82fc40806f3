package io.concierge.admin.loyalty.web;

import io.concierge.admin.kernel.web.AdminPermissions;
import io.concierge.core.loyalty.LoyaltyAssignment;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.loyalty.LoyaltyChangeImpl;
import io.concierge.core.loyalty.LoyaltyMetric;
import io.concierge.core.loyalty.LoyaltyOptionsImpl;
import io.concierge.core.loyalty.LoyaltyPoints;
import io.concierge.core.loyalty.LoyaltyPointsAdjustmentImpl;
import io.concierge.core.loyalty.LoyaltyStandings;
import io.concierge.core.loyalty.LoyaltyTier;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

/**
 * Customer Service › Loyalty assignments: staff put a customer (by e-mail) in a tier with a note, kept until a date
 * (the end of that day, UTC) or until revoked; the assignments with a Revoke button; and the change log of every
 * customer's tier, newest first, 50 a page, or one customer's (customer, from, to, reason, note, when, who). Reading
 * and assigning take the assignments' permissions (customer service has them).
 */
@Controller("cncLoyaltyAssignmentsController")
@RequestMapping("/" + LoyaltyAssignmentsController.SECTION_KEY)
public class LoyaltyAssignmentsController extends AdminAbstractController {

    /** The section's URL (LoyaltyAdminRows). */
    public static final String SECTION_KEY = "loyalty-assignments";

    public static final int PAGE_SIZE = 50;

    static final String CUSTOMER = "customer";
    static final String UNKNOWN_CUSTOMER = "LoyaltyAssignment_unknownCustomer";
    static final String NOT_A_DATE = "LoyaltyAssignment_notADate";

    private static final String ASSIGNMENT_ENTITY = LoyaltyAssignment.class.getName();

    @Resource(name = "cncLoyalty")
    protected LoyaltyStandings standings;

    @Resource(name = "cncLoyaltyPoints")
    protected LoyaltyPoints loyaltyPoints;

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String view(@RequestParam(value = CUSTOMER, required = false) String customer,
                       @RequestParam(value = "page", defaultValue = "0") String page,
                       @RequestParam(value = "done", required = false) String done, Model model)
            throws ServiceException {
        adminRemoteSecurityService.securityCheck(ASSIGNMENT_ENTITY, EntityOperationType.FETCH);
        model.addAttribute("done", done == null ? null : "revoked".equals(done) ? "LoyaltyAssignment_revoked"
                : "points".equals(done) ? "LoyaltyPoints_adjusted" : "LoyaltyAssignment_assigned");
        return page(customer, page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0,
                new LinkedHashMap<String, String>(), new HashMap<String, String>(), model);
    }

    @RequestMapping(value = "/assign", method = RequestMethod.POST)
    public String assign(@RequestParam(value = "email", defaultValue = "") String email,
                         @RequestParam(value = "tier", defaultValue = "") String tier,
                         @RequestParam(value = "keptUntil", defaultValue = "") String keptUntil,
                         @RequestParam(value = "note", defaultValue = "") String note, Model model)
            throws ServiceException {
        adminRemoteSecurityService.securityCheck(ASSIGNMENT_ENTITY, EntityOperationType.UPDATE);
        Map<String, String> errors = new LinkedHashMap<String, String>();
        Customer customer = registered(email, "email", errors);
        Date until = null;
        if (!keptUntil.trim().isEmpty()) {
            try {
                until = Date.from(LocalDate.parse(keptUntil.trim()).plusDays(1).atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
            } catch (DateTimeParseException notADate) {
                errors.put(LoyaltyStandings.KEPT_UNTIL, NOT_A_DATE);
            }
        }
        Long tierId = tier.matches("-?\\d{1,18}") ? Long.valueOf(tier) : null;
        for (Map.Entry<String, String> error : standings.checkAssignment(tierId, note, until).entrySet()) {
            errors.putIfAbsent(error.getKey(), error.getValue());
        }
        if (!errors.isEmpty()) {
            return again(errors, model, "email", email, "tier", tier, "keptUntil", keptUntil, "note", note);
        }
        standings.assign(customer.getId(), tierId, note, until, login());
        return "redirect:/" + SECTION_KEY + "?done=assigned&" + CUSTOMER + "=" + customer.getId();
    }

    /** Staff's points for a customer; the form's fields are named {@code points*} beside the assignment's. */
    @RequestMapping(value = "/points", method = RequestMethod.POST)
    public String points(@RequestParam(value = "pointsEmail", defaultValue = "") String email,
                         @RequestParam(value = "points", defaultValue = "") String points,
                         @RequestParam(value = "pointsNote", defaultValue = "") String note, Model model)
            throws ServiceException {
        adminRemoteSecurityService.securityCheck(ASSIGNMENT_ENTITY, EntityOperationType.UPDATE);
        Map<String, String> errors = new LinkedHashMap<String, String>();
        Customer customer = registered(email, "pointsEmail", errors);
        for (Map.Entry<String, String> error : loyaltyPoints.check(points, note).entrySet()) {
            errors.putIfAbsent(LoyaltyStandings.NOTE.equals(error.getKey()) ? "pointsNote" : error.getKey(),
                    error.getValue());
        }
        if (!errors.isEmpty()) {
            return again(errors, model, "pointsEmail", email, "points", points, "pointsNote", note);
        }
        loyaltyPoints.adjust(customer.getId(), points, note, login());
        return "redirect:/" + SECTION_KEY + "?done=points&" + CUSTOMER + "=" + customer.getId();
    }

    @RequestMapping(value = "/revoke", method = RequestMethod.POST)
    public String revoke(@RequestParam(value = "customerId", defaultValue = "") String customerId)
            throws ServiceException {
        adminRemoteSecurityService.securityCheck(ASSIGNMENT_ENTITY, EntityOperationType.UPDATE);
        if (customerId.matches("-?\\d{1,18}")) {
            standings.revoke(Long.parseLong(customerId), login());
        }
        return "redirect:/" + SECTION_KEY + "?done=revoked";
    }

    /** The page again with a refused form's errors and what was typed, given as field, value, field, value… */
    private String again(Map<String, String> errors, Model model, String... typedFields) {
        Map<String, String> typed = new HashMap<String, String>();
        for (int i = 0; i + 1 < typedFields.length; i += 2) {
            typed.put(typedFields[i], typedFields[i + 1]);
        }
        return page(null, 0, errors, typed, model);
    }

    private String page(String customer, int page, Map<String, String> errors, Map<String, String> typed,
                        Model model) {
        Long customerId = customer != null && customer.matches("-?\\d{1,18}") ? Long.valueOf(customer) : null;
        List<LoyaltyAssignment> assignments = standings.assignments();
        List<LoyaltyChangeImpl> changes = standings.changes(customerId, page, PAGE_SIZE);
        long count = standings.changeCount(customerId);
        Set<Long> customers = new HashSet<Long>();
        assignments.forEach(assignment -> customers.add(assignment.getCustomerId()));
        changes.forEach(change -> customers.add(change.getCustomerId()));
        Map<Long, String> tierNames = new HashMap<Long, String>();
        for (LoyaltyTier tier : standings.tiers()) {
            tierNames.put(tier.getId(), tier.getNameEn());
        }
        model.addAttribute("tiers", standings.tiers());
        model.addAttribute("tierNames", tierNames);
        model.addAttribute("assignments", assignments);
        model.addAttribute("now", new Date());
        model.addAttribute("changes", changes);
        List<LoyaltyPointsAdjustmentImpl> adjustments = loyaltyPoints.adjustments(customerId, PAGE_SIZE);
        adjustments.forEach(adjustment -> customers.add(adjustment.getCustomerId()));
        model.addAttribute("pointsAdjustments", adjustments);
        model.addAttribute("emails", standings.emailsOf(customers));
        model.addAttribute("countsPoints", LoyaltyMetric.POINTS.equals(storeOptions.read(LoyaltyOptionsImpl.class)
                .getMetric()));
        model.addAttribute("customerId", customerId);
        model.addAttribute("page", page);
        model.addAttribute("pages", (count + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("mayChange", AdminPermissions.allows(adminRemoteSecurityService, ASSIGNMENT_ENTITY,
                EntityOperationType.UPDATE));
        model.addAttribute("viewType", "concierge/loyaltyAssignments");
        setModelAttributes(model, SECTION_KEY);
        return "modules/defaultContainer";
    }

    /** The registered customer with the e-mail, or null with the error under {@code field}. */
    private Customer registered(String email, String field, Map<String, String> errors) {
        Customer customer = email.trim().isEmpty() ? null : customerService.readCustomerByEmail(email.trim());
        if (customer == null || !customer.isRegistered()) {
            errors.put(field, UNKNOWN_CUSTOMER);
            return null;
        }
        return customer;
    }

    private String login() {
        return adminRemoteSecurityService.getPersistentAdminUser().getLogin();
    }
}
