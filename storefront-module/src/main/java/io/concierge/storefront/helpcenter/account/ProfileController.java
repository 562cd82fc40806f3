package io.concierge.storefront.helpcenter.account;

import io.concierge.core.helpcenter.account.ContactPreferences;
import io.concierge.core.helpcenter.account.ProfileOutcome;
import io.concierge.core.helpcenter.account.ShopperProfileService;
import io.concierge.core.helpcenter.orders.BroadleafOrderChanges;
import io.concierge.core.helpcenter.orders.NewAddress;
import io.concierge.core.kernel.ClientAddresses;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.PageNotFoundException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The signed-in shopper's profile ({@code /account/profile}): name, e-mail, password, contact preferences, and the
 * address book ({@code /account/addresses/…}). Each form posts with the CSRF token; a change is made at once and
 * the page says so, bad input comes back with field messages (400) and nothing changed. Anyone not signed in is sent
 * to the sign-in page; an address that is not the shopper's is the store's 404.
 */
@Controller
@CapabilityRoutes("helpcenter")
public class ProfileController {

    static final String PROFILE_VIEW = "helpcenter/account/profile";
    static final String ADDRESS_VIEW = "helpcenter/account/address";
    static final String PROFILE = "/account/profile";

    @Resource(name = "cncShopperProfileService")
    protected ShopperProfileService profiles;

    @Resource(name = "cncContactPreferences")
    protected ContactPreferences preferences;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @Resource(name = "cncShopperSignIn")
    protected ShopperSignIn signIn;

    @RequestMapping(value = PROFILE, method = RequestMethod.GET)
    public String profile(Model model) {
        Customer shopper = SignedInShopper.current();
        if (shopper == null) {
            return SignedInShopper.SIGN_IN;
        }
        return page(shopper, model, null, null);
    }

    @RequestMapping(value = PROFILE + "/name", method = RequestMethod.POST)
    public String changeName(@RequestParam(value = "firstName", required = false) String firstName,
                             @RequestParam(value = "lastName", required = false) String lastName, Model model,
                             RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Customer shopper = SignedInShopper.current();
        if (shopper == null) {
            return SignedInShopper.SIGN_IN;
        }
        ProfileOutcome outcome = profiles.changeName(shopper.getId(), clientAddresses.of(request), firstName, lastName);
        return reply(outcome, "name", typed("firstName", firstName, "lastName", lastName), "helpcenter.profile.done.name",
                shopper, model, redirect, response);
    }

    @RequestMapping(value = PROFILE + "/email", method = RequestMethod.POST)
    public String changeEmail(@RequestParam(value = "email", required = false) String email,
                              @RequestParam(value = "currentPassword", required = false) String currentPassword,
                              Model model, RedirectAttributes redirect, HttpServletRequest request,
                              HttpServletResponse response) {
        Customer shopper = SignedInShopper.current();
        if (shopper == null) {
            return SignedInShopper.SIGN_IN;
        }
        ProfileOutcome outcome = profiles.changeEmail(shopper.getId(), clientAddresses.of(request), email,
                currentPassword);
        if (outcome.isMade()) {
            // The e-mail address is the sign-in name: sign in again under the new one, with a new session id.
            signIn.signIn(email.trim(), currentPassword, request);
        }
        return reply(outcome, "email", typed("email", email), "helpcenter.profile.done.email", shopper, model,
                redirect, response);
    }

    @RequestMapping(value = PROFILE + "/password", method = RequestMethod.POST)
    public String changePassword(@RequestParam(value = "currentPassword", required = false) String currentPassword,
                                 @RequestParam(value = "newPassword", required = false) String newPassword,
                                 @RequestParam(value = "repeatPassword", required = false) String repeatPassword,
                                 Model model, RedirectAttributes redirect, HttpServletRequest request,
                                 HttpServletResponse response) {
        Customer shopper = SignedInShopper.current();
        if (shopper == null) {
            return SignedInShopper.SIGN_IN;
        }
        ProfileOutcome outcome = profiles.changePassword(shopper.getId(), clientAddresses.of(request),
                currentPassword, newPassword, repeatPassword);
        if (outcome.isMade()) {
            signIn.signIn(shopper.getUsername(), newPassword, request);
        }
        return reply(outcome, "password", typed(), "helpcenter.profile.done.password", shopper, model, redirect,
                response);
    }

    @RequestMapping(value = PROFILE + "/preferences", method = RequestMethod.POST)
    public String choose(@RequestParam(value = "surveys", required = false) String surveys,
                         @RequestParam(value = "marketing", required = false) String marketing,
                         RedirectAttributes redirect, HttpServletRequest request) {
        Customer shopper = SignedInShopper.current();
        if (shopper == null) {
            return SignedInShopper.SIGN_IN;
        }
        profiles.choose(shopper.getId(), clientAddresses.of(request),
                new ContactPreferences.Choices(surveys != null, marketing != null));
        redirect.addFlashAttribute("done", "helpcenter.profile.done.preferences");
        return "redirect:" + PROFILE;
    }

    @RequestMapping(value = "/account/addresses/new", method = RequestMethod.GET)
    public String newAddress(Model model) {
        if (SignedInShopper.current() == null) {
            return SignedInShopper.SIGN_IN;
        }
        model.addAttribute("address", new NewAddress());
        return ADDRESS_VIEW;
    }

    @RequestMapping(value = "/account/addresses/new", method = RequestMethod.POST)
    public String addAddress(@ModelAttribute("address") NewAddress address,
                             @RequestParam(value = "makeDefault", required = false) String makeDefault, Model model,
                             RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Customer shopper = SignedInShopper.current();
        if (shopper == null) {
            return SignedInShopper.SIGN_IN;
        }
        ProfileOutcome outcome = profiles.addAddress(shopper.getId(), clientAddresses.of(request), address,
                makeDefault != null);
        return addressReply(outcome, "helpcenter.profile.done.addressAdded", model, redirect, response);
    }

    @RequestMapping(value = "/account/addresses/{id}", method = RequestMethod.GET)
    public String editAddressForm(@PathVariable("id") String id, Model model) {
        Customer shopper = SignedInShopper.current();
        if (shopper == null) {
            return SignedInShopper.SIGN_IN;
        }
        CustomerAddress address = owned(shopper, id);
        model.addAttribute("addressId", address.getId());
        model.addAttribute("address", BroadleafOrderChanges.addressOf(address.getAddress()));
        return ADDRESS_VIEW;
    }

    @RequestMapping(value = "/account/addresses/{id}", method = RequestMethod.POST)
    public String editAddress(@PathVariable("id") String id, @ModelAttribute("address") NewAddress address,
                              Model model, RedirectAttributes redirect, HttpServletRequest request,
                              HttpServletResponse response) {
        Customer shopper = SignedInShopper.current();
        if (shopper == null) {
            return SignedInShopper.SIGN_IN;
        }
        long addressId = owned(shopper, id).getId();
        model.addAttribute("addressId", addressId);
        ProfileOutcome outcome = profiles.editAddress(shopper.getId(), clientAddresses.of(request), addressId, address);
        return addressReply(outcome, "helpcenter.profile.done.addressChanged", model, redirect, response);
    }

    @RequestMapping(value = "/account/addresses/{id}/delete", method = RequestMethod.POST)
    public String deleteAddress(@PathVariable("id") String id, RedirectAttributes redirect,
                                HttpServletRequest request) {
        return onAddress(id, redirect, request, "helpcenter.profile.done.addressDeleted", profiles::deleteAddress);
    }

    @RequestMapping(value = "/account/addresses/{id}/default", method = RequestMethod.POST)
    public String makeDefault(@PathVariable("id") String id, RedirectAttributes redirect,
                              HttpServletRequest request) {
        return onAddress(id, redirect, request, "helpcenter.profile.done.defaultAddress", profiles::makeDefault);
    }

    /** A change to one address of the book that takes no input (delete, make default). */
    private interface AddressAction {
        ProfileOutcome apply(long customerId, String clientAddress, long customerAddressId);
    }

    private String onAddress(String id, RedirectAttributes redirect, HttpServletRequest request, String done,
                             AddressAction action) {
        Customer shopper = SignedInShopper.current();
        if (shopper == null) {
            return SignedInShopper.SIGN_IN;
        }
        long addressId = owned(shopper, id).getId();
        action.apply(shopper.getId(), clientAddresses.of(request), addressId);
        redirect.addFlashAttribute("done", done);
        return "redirect:" + PROFILE;
    }

    /** The shopper's own active address by the id in the path, else the store's 404. */
    private CustomerAddress owned(Customer shopper, String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw new PageNotFoundException();
        }
        CustomerAddress address = profiles.address(shopper.getId(), Long.parseLong(id));
        if (address == null) {
            throw new PageNotFoundException();
        }
        return address;
    }

    private String addressReply(ProfileOutcome outcome, String done, Model model, RedirectAttributes redirect,
                                HttpServletResponse response) {
        if (outcome.isMade()) {
            redirect.addFlashAttribute("done", done);
            return "redirect:" + PROFILE;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", outcome.fieldErrors());
        return ADDRESS_VIEW;
    }

    private String reply(ProfileOutcome outcome, String form, Map<String, String> typed, String done,
                         Customer shopper, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (outcome.isMade()) {
            redirect.addFlashAttribute("done", done);
            return "redirect:" + PROFILE;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("entered", typed);
        return page(shopper, model, form, outcome.fieldErrors());
    }

    private String page(Customer shopper, Model model, String form, Map<String, String> problems) {
        model.addAttribute("firstName", shopper.getFirstName());
        model.addAttribute("lastName", shopper.getLastName());
        model.addAttribute("email", shopper.getEmailAddress());
        model.addAttribute("choices", preferences.of(shopper.getId()));
        List<AddressEntry> entries = new ArrayList<AddressEntry>();
        for (CustomerAddress address : profiles.addresses(shopper.getId())) {
            entries.add(new AddressEntry(address));
        }
        model.addAttribute("addresses", entries);
        if (form != null) {
            model.addAttribute("problemForm", form);
            model.addAttribute("problems", problems);
        }
        return PROFILE_VIEW;
    }


    /** What was typed, shown again with the problems (never a password). */
    private static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return typed;
    }
}
