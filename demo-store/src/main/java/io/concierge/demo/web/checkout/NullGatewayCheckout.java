package io.concierge.demo.web.checkout;

import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentOption;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.State;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.StateService;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

/**
 * Places an order through Broadleaf's checkout workflow with a "null" payment gateway: the demo store takes no
 * card, so the order is paid by one PASSTHROUGH payment (pay on delivery) that is already captured for the order
 * total, which Broadleaf's payment confirmation step accepts as it is.
 */
@Service("demoNullGatewayCheckout")
public class NullGatewayCheckout {

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blCheckoutService")
    protected CheckoutService checkoutService;

    @Resource(name = "blFulfillmentGroupService")
    protected FulfillmentGroupService fulfillmentGroupService;

    @Resource(name = "blFulfillmentOptionService")
    protected FulfillmentOptionService fulfillmentOptionService;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService orderPaymentService;

    @Resource(name = "blAddressService")
    protected AddressService addressService;

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "blStateService")
    protected StateService stateService;

    public List<FulfillmentOption> shippingOptions() {
        return fulfillmentOptionService.readAllFulfillmentOptions();
    }

    /** Countries the store ships to, each with the codes of its states or provinces. */
    public Map<String, Set<String>> statesByCountry() {
        Map<String, Set<String>> countries = new LinkedHashMap<String, Set<String>>();
        for (Country country : countryService.findCountries()) {
            Set<String> states = new LinkedHashSet<String>();
            for (State state : stateService.findStates(country.getAbbreviation())) {
                states.add(state.getAbbreviation());
            }
            countries.put(country.getAbbreviation(), states);
        }
        return countries;
    }

    public Set<Long> shippingOptionIds() {
        Set<Long> ids = new LinkedHashSet<Long>();
        for (FulfillmentOption option : shippingOptions()) {
            ids.add(option.getId());
        }
        return ids;
    }

    /** Ships the cart to the form's address, prices it, pays it and submits it; returns the submitted order. */
    public Order placeOrder(Order cart, CheckoutForm form) throws PricingException, CheckoutException {
        cart.setEmailAddress(form.getEmail());
        FulfillmentGroup shipment = fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart);
        shipment.setAddress(addressService.saveAddress(shippingAddress(form)));
        shipment.setFulfillmentOption(fulfillmentOptionService.readFulfillmentOptionById(form.getFulfillmentOptionId()));
        Order priced = orderService.save(cart, true);

        orderService.removeAllPaymentsFromOrder(priced);
        orderService.addPaymentToOrder(priced, payOnDelivery(priced), null);
        priced = orderService.save(priced, false);
        return checkoutService.performCheckout(priced).getOrder();
    }

    private Address shippingAddress(CheckoutForm form) {
        Address address = addressService.create();
        address.setFirstName(form.getFirstName());
        address.setLastName(form.getLastName());
        address.setAddressLine1(form.getAddressLine1());
        address.setAddressLine2(form.getAddressLine2().isEmpty() ? null : form.getAddressLine2());
        address.setCity(form.getCity());
        address.setPostalCode(form.getPostalCode());
        address.setCountry(countryService.findCountryByAbbreviation(form.getCountry()));
        address.setState(form.getState().isEmpty() ? null : stateService.findStateByAbbreviation(form.getState()));
        address.setEmailAddress(form.getEmail());
        address.setPrimaryPhone(form.getPhone().isEmpty() ? null : form.getPhone());
        return address;
    }

    private OrderPayment payOnDelivery(Order order) {
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.COD);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        payment.setAmount(order.getTotal());
        payment.setOrder(order);

        PaymentTransaction captured = orderPaymentService.createTransaction();
        captured.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        captured.setAmount(order.getTotal());
        captured.setSuccess(true);
        captured.setRawResponse("demo store: no payment gateway, paid on delivery");
        captured.setOrderPayment(payment);
        payment.addTransaction(captured);
        return payment;
    }
}
