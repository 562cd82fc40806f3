package io.concierge.core.helpcenter.account;

import io.concierge.core.kernel.CustomerFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

/**
 * What the profile adds to the admin's customer view beside a case: the customer's mail choices and their latest
 * profile change (what, when, from which client address). Labels are admin message keys
 * ({@code messages/HelpCenterAccountAdminMessages}); the texts are the stored values.
 */
@Component("cncProfileFacts")
public class ProfileFacts implements CustomerFacts {

    public static final String MAIL_PREFERENCES = "helpcenter.account.fact.mailPreferences";
    public static final String LAST_CHANGE = "helpcenter.account.fact.lastProfileChange";

    @Resource(name = "cncShopperProfileService")
    protected ShopperProfileService profiles;

    @Resource(name = "cncContactPreferences")
    protected ContactPreferences preferences;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CustomerFact> factsAbout(long customerId) {
        List<CustomerFact> facts = new ArrayList<CustomerFact>();
        ContactPreferences.Choices choices = preferences.of(customerId);
        facts.add(new CustomerFact(MAIL_PREFERENCES, "orders: always; surveys: " + yesNo(choices.isSurveys())
                + "; offers: " + yesNo(choices.isMarketing())));
        List<CustomerAuditEntry> trail = profiles.auditTrail(customerId);
        if (!trail.isEmpty()) {
            CustomerAuditEntry last = trail.get(trail.size() - 1);
            facts.add(new CustomerFact(LAST_CHANGE, last.getChange().name().toLowerCase().replace('_', ' ') + ", "
                    + last.getChangedAt().toInstant() + (last.getClientAddress() == null ? ""
                    : " from " + last.getClientAddress())));
        }
        return facts;
    }

    private static String yesNo(boolean allowed) {
        return allowed ? "yes" : "no";
    }
}
