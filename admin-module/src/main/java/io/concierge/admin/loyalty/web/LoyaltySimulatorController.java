package io.concierge.admin.loyalty.web;

import io.concierge.admin.kernel.web.AdminPermissions;
import io.concierge.core.loyalty.LoyaltyDraft;
import io.concierge.core.loyalty.LoyaltyOptions;
import io.concierge.core.loyalty.LoyaltySimulation;
import io.concierge.core.loyalty.LoyaltySimulator;
import io.concierge.core.loyalty.LoyaltyStandings;
import io.concierge.core.loyalty.LoyaltyTier;
import io.concierge.core.loyalty.LoyaltyWindow;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * Customer Service › Loyalty simulator: the merchant edits the tiers' entry and keep thresholds and the programme's
 * window in a draft, simulates it (how many customers each tier would hold, the perks' monthly cost, who would move,
 * paged and as CSV) and saves it, which starts a recalculation. Simulating takes the permission to read the tiers;
 * saving, to update the tiers and the loyalty options. A bad draft is shown again with an error beside each field,
 * as Broadleaf's entity forms show theirs.
 */
@Controller("cncLoyaltySimulatorController")
@RequestMapping("/" + LoyaltySimulatorController.SECTION_KEY)
public class LoyaltySimulatorController extends AdminAbstractController {

    /** The section's URL (LoyaltyAdminRows). */
    public static final String SECTION_KEY = "loyalty-simulator";

    private static final String TIER_ENTITY = LoyaltyTier.class.getName();

    @Resource(name = "cncLoyaltySimulator")
    protected LoyaltySimulator simulator;

    @Resource(name = "cncLoyalty")
    protected LoyaltyStandings standings;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String view(@RequestParam(value = "run", required = false) String run,
                       @RequestParam(value = "page", defaultValue = "0") String page,
                       @RequestParam(value = "saved", required = false) String saved, Model model)
            throws ServiceException {
        adminRemoteSecurityService.securityCheck(TIER_ENTITY, EntityOperationType.FETCH);
        LoyaltySimulation figures = run == null ? null : simulator.figures(run);
        if (run != null && figures == null) {
            model.addAttribute("problem", "LoyaltySimulator_gone");
        }
        if (figures != null) {
            int shown = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
            long movers = simulator.moverCount(run);
            model.addAttribute("figures", figures);
            model.addAttribute("movers", simulator.movers(run, shown));
            model.addAttribute("moverCount", movers);
            model.addAttribute("page", shown);
            model.addAttribute("pages", (movers + LoyaltySimulator.PAGE_SIZE - 1) / LoyaltySimulator.PAGE_SIZE);
        }
        model.addAttribute("saved", saved != null);
        return form(figures == null ? simulator.savedDraft() : simulator.draftOf(run),
                Collections.<String, String>emptyMap(), model);
    }

    @RequestMapping(value = "/simulate", method = RequestMethod.POST)
    public String simulate(@RequestParam Map<String, String> fields, Model model)
            throws ServiceException {
        adminRemoteSecurityService.securityCheck(TIER_ENTITY, EntityOperationType.FETCH);
        LoyaltyDraft draft = LoyaltyDraft.fromForm(fields);
        Map<String, String> errors = simulator.check(draft);
        if (!errors.isEmpty()) {
            return form(draft, errors, model);
        }
        String run = simulator.simulate(draft, adminRemoteSecurityService.getPersistentAdminUser().getLogin());
        return "redirect:/" + SECTION_KEY + "?run=" + run;
    }

    @RequestMapping(value = "/save", method = RequestMethod.POST)
    public String save(@RequestParam Map<String, String> fields, Model model)
            throws ServiceException {
        adminRemoteSecurityService.securityCheck(TIER_ENTITY, EntityOperationType.UPDATE);
        adminRemoteSecurityService.securityCheck(LoyaltyOptions.class.getName(), EntityOperationType.UPDATE);
        LoyaltyDraft draft = LoyaltyDraft.fromForm(fields);
        Map<String, String> errors = simulator.save(draft).getErrors();
        if (!errors.isEmpty()) {
            return form(draft, errors, model);
        }
        return "redirect:/" + SECTION_KEY + "?saved=1";
    }

    @RequestMapping(value = "/movers.csv", method = RequestMethod.GET)
    public void moversCsv(@RequestParam("run") String run, HttpServletResponse response)
            throws ServiceException, IOException {
        adminRemoteSecurityService.securityCheck(TIER_ENTITY, EntityOperationType.FETCH);
        if (simulator.figures(run) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"loyalty-simulation-movers.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        simulator.moversAsCsv(run, out);
        out.flush();
    }

    private String form(LoyaltyDraft draft, Map<String, String> errors, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("tiers", standings.tiers());
        model.addAttribute("windows", LoyaltyWindow.all());
        model.addAttribute("mayChange", AdminPermissions.allows(adminRemoteSecurityService, TIER_ENTITY,
                EntityOperationType.UPDATE));
        model.addAttribute("viewType", "concierge/loyaltySimulator");
        setModelAttributes(model, SECTION_KEY);
        return "modules/defaultContainer";
    }
}
