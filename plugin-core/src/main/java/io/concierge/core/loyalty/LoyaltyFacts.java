package io.concierge.core.loyalty;

import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.CustomerFacts;
import io.concierge.core.kernel.PrioritySupport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.annotation.Resource;

/**
 * What loyalty tells the help center about a customer: for the admin's customer view beside a case, the tier held,
 * since when, until when it is kept when the customer is in their grace days, and priority support (labels are admin
 * message keys, {@code messages/LoyaltyAdminMessages}; the texts are the stored values, the tier in English as the
 * admin's lists); and, while loyalty is on, whether a new case is owed priority support.
 */
@Component("cncLoyaltyFacts")
public class LoyaltyFacts implements CustomerFacts, PrioritySupport {

    public static final String TIER = "loyalty.fact.tier";

    @Resource(name = "cncLoyalty")
    protected LoyaltyStandings standings;

    @Resource(name = "cncCapabilitySwitches")
    protected CapabilitySwitchService switches;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean hasPrioritySupport(long customerId) {
        LoyaltyTier tier = switches.isOn(LoyaltyModule.KEY) ? standings.tierOf(customerId) : null;
        return tier != null && tier.isPrioritySupport();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CustomerFact> factsAbout(long customerId) {
        List<CustomerFact> facts = new ArrayList<CustomerFact>();
        LoyaltyStandingImpl standing = standings.standingOf(customerId);
        LoyaltyTier tier = standings.tierOf(customerId);
        if (standing != null && tier != null) {
            facts.add(new CustomerFact(TIER, tier.nameIn(Locale.ENGLISH) + " since "
                    + standing.getSince().toInstant()
                    + (standing.getKeepUntil() == null ? "" : ", below its keep threshold: kept until "
                    + standing.getKeepUntil().toInstant())
                    + (tier.isPrioritySupport() ? ", priority support" : "")));
        }
        return facts;
    }
}
