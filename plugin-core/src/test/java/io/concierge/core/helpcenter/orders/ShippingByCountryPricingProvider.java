package io.concierge.core.helpcenter.orders;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentOption;
import org.broadleafcommerce.core.order.fulfillment.domain.BandedPriceFulfillmentOption;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOption;
import org.broadleafcommerce.core.pricing.service.fulfillment.provider.FulfillmentEstimationResponse;
import org.broadleafcommerce.core.pricing.service.fulfillment.provider.FulfillmentPricingProvider;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Test shipping rates that depend on the address, as a carrier's would (Broadleaf's own providers price by option
 * only): 5.00 within Portugal, 12.00 elsewhere. Takes the plain fulfillment options, which Broadleaf prices at 0.
 */
public class ShippingByCountryPricingProvider implements FulfillmentPricingProvider {

    static final BigDecimal DOMESTIC = new BigDecimal("5.00");
    static final BigDecimal ABROAD = new BigDecimal("12.00");

    @Override
    public boolean canCalculateCostForFulfillmentGroup(FulfillmentGroup group, FulfillmentOption option) {
        return !(option instanceof FixedPriceFulfillmentOption) && !(option instanceof BandedPriceFulfillmentOption);
    }

    @Override
    public FulfillmentGroup calculateCostForFulfillmentGroup(FulfillmentGroup group) {
        Money price = new Money(rate(group), group.getOrder().getCurrency());
        group.setRetailFulfillmentPrice(price);
        group.setSaleFulfillmentPrice(price);
        group.setFulfillmentPrice(price);
        return group;
    }

    @Override
    public FulfillmentEstimationResponse estimateCostForFulfillmentGroup(FulfillmentGroup group,
                                                                        Set<FulfillmentOption> options) {
        Map<FulfillmentOption, Money> prices = new HashMap<FulfillmentOption, Money>();
        for (FulfillmentOption option : options) {
            prices.put(option, new Money(rate(group), group.getOrder().getCurrency()));
        }
        FulfillmentEstimationResponse response = new FulfillmentEstimationResponse();
        response.setFulfillmentOptionPrices(prices);
        return response;
    }

    private static BigDecimal rate(FulfillmentGroup group) {
        return group.getAddress() != null && group.getAddress().getCountry() != null
                && "PT".equals(group.getAddress().getCountry().getAbbreviation()) ? DOMESTIC : ABROAD;
    }
}
