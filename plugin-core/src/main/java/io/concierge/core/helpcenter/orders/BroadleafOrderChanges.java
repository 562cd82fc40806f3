package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.ReturnedItems;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.dto.PaymentResponseDTO;
import org.broadleafcommerce.common.payment.service.PaymentGatewayConfigurationServiceProvider;
import org.broadleafcommerce.common.payment.service.PaymentGatewayTransactionService;
import org.broadleafcommerce.common.vendor.service.exception.PaymentException;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.payment.service.OrderToPaymentRequestDTOService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.State;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.StateService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

/**
 * Adapter to Broadleaf for the changes of {@link OrderChangeService}: the order's shipment (its fulfillment group's
 * address, re-priced by Broadleaf's pricing workflow), its status, and its payments, voided or refunded through
 * their gateways. Runs inside the change's transaction.
 */
@Component("cncBroadleafOrderChanges")
public class BroadleafOrderChanges implements AddressRules.Places {

    /** What a gateway without a transaction service (the PASSTHROUGH of pay on delivery) gets as its record. */
    static final String RECORDED_WITHOUT_GATEWAY =
            "recorded by Concierge (a cancellation or a return's refund): the payment's gateway has no transaction service";

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blFulfillmentGroupService")
    protected FulfillmentGroupService fulfillmentGroupService;

    @Resource(name = "blAddressService")
    protected AddressService addressService;

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "blStateService")
    protected StateService stateService;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService orderPaymentService;

    @Resource(name = "blPaymentGatewayConfigurationServiceProvider")
    protected PaymentGatewayConfigurationServiceProvider gateways;

    @Resource(name = "blOrderToPaymentRequestDTOService")
    protected OrderToPaymentRequestDTOService paymentRequests;

    @Override
    public Set<String> statesOf(String country) {
        Country known = country == null ? null : countryService.findCountryByAbbreviation(country);
        if (known == null) {
            return null;
        }
        Set<String> states = new LinkedHashSet<String>();
        for (State state : stateService.findStates(known.getAbbreviation())) {
            states.add(state.getAbbreviation());
        }
        return states;
    }

    /** A new, unsaved Broadleaf address of a checked one ({@link AddressRules}); the customer's address book uses it too. */
    public Address newAddress(NewAddress address) {
        Address created = addressService.create();
        created.setFirstName(address.getFirstName());
        created.setLastName(address.getLastName());
        created.setAddressLine1(address.getAddressLine1());
        created.setAddressLine2(address.getAddressLine2());
        created.setCity(address.getCity());
        created.setPostalCode(address.getPostalCode());
        created.setCountry(countryService.findCountryByAbbreviation(address.getCountry()));
        created.setState(address.getState() == null ? null : stateService.findStateByAbbreviation(address.getState()));
        created.setPrimaryPhone(address.getPhone());
        return created;
    }

    /** @return the order, or null */
    public Order order(long orderId) {
        return orderService.findOrderById(orderId);
    }

    /** @return the address of the order's first shipment, or null */
    public Address shippingAddressOf(Order order) {
        FulfillmentGroup shipment = fulfillmentGroupService.getFirstShippableFulfillmentGroup(order);
        return shipment == null ? null : shipment.getAddress();
    }

    public boolean shipsToAnAddress(Order order) {
        return fulfillmentGroupService.getFirstShippableFulfillmentGroup(order) != null;
    }

    /** The shipping address with the shipping price and order total, as the audit trail keeps them. */
    public Map<String, String> shipping(Order order) {
        FulfillmentGroup shipment = fulfillmentGroupService.getFirstShippableFulfillmentGroup(order);
        Map<String, String> shipping = new LinkedHashMap<String, String>(addressOf(shipment.getAddress()).fields());
        shipping.put("shippingPrice", text(shipment.getFulfillmentPrice()));
        shipping.put("total", text(order.getTotal()));
        return shipping;
    }

    /** Ships to a new address (the old one stays as it was, for the record) and re-prices the order. */
    public void shipTo(Order order, NewAddress address) {
        Address shipTo = newAddress(address);
        FulfillmentGroup shipment = fulfillmentGroupService.getFirstShippableFulfillmentGroup(order);
        if (shipment.getAddress() != null) {
            shipTo.setEmailAddress(shipment.getAddress().getEmailAddress());
        }
        shipment.setAddress(addressService.saveAddress(shipTo));
        try {
            orderService.save(order, true);
        } catch (PricingException e) {
            throw new IllegalStateException("Broadleaf could not re-price order " + order.getId(), e);
        }
    }

    /** The order's status and its payments' transactions, as the audit trail keeps them. */
    public Map<String, String> standing(Order order) {
        Map<String, String> standing = new LinkedHashMap<String, String>();
        standing.put("status", order.getStatus().getType());
        standing.put("total", text(order.getTotal()));
        List<String> transactions = new ArrayList<String>();
        for (OrderPayment payment : order.getPayments()) {
            if (payment.isActive()) {
                for (PaymentTransaction transaction : payment.getTransactions()) {
                    transactions.add(payment.getGatewayType().getType() + " " + transaction.getType().getType() + " "
                            + text(transaction.getAmount()) + (Boolean.TRUE.equals(transaction.getSuccess()) ? "" : " failed"));
                }
            }
        }
        standing.put("payments", String.join(", ", transactions));
        return standing;
    }

    /**
     * Cancels the order: every active payment's captured money is refunded, an authorization not captured is
     * voided, each through its gateway's transaction service; a gateway without one (PASSTHROUGH) gets the
     * transaction recorded as made. A gateway that declines stops the cancellation (the transaction rolls back).
     */
    public void cancel(Order order, String clientAddress) {
        for (OrderPayment payment : order.getPayments()) {
            if (payment.isActive()) {
                settle(payment, clientAddress);
            }
        }
        order.setStatus(OrderStatus.CANCELLED);
        try {
            orderService.save(order, false);
        } catch (PricingException e) {
            throw new IllegalStateException("Broadleaf could not save order " + order.getId(), e);
        }
    }

    private void settle(OrderPayment payment, String clientAddress) {
        BigDecimal captured = captured(payment);
        boolean voided = amount(payment, PaymentTransactionType.VOID).signum() > 0
                || amount(payment, PaymentTransactionType.REVERSE_AUTH).signum() > 0;
        PaymentTransaction parent;
        PaymentTransactionType type;
        Money sum;
        if (captured.signum() > 0) {
            type = PaymentTransactionType.REFUND;
            parent = lastSuccessful(payment, PaymentTransactionType.AUTHORIZE_AND_CAPTURE, PaymentTransactionType.CAPTURE);
            sum = new Money(captured, payment.getAmount().getCurrency());
        } else if (!voided && amount(payment, PaymentTransactionType.AUTHORIZE).signum() > 0) {
            type = PaymentTransactionType.VOID;
            parent = lastSuccessful(payment, PaymentTransactionType.AUTHORIZE);
            sum = parent.getAmount();
        } else {
            return;
        }
        transact(payment, type, parent, sum, clientAddress);
    }

    /** Order item id to its name, as the order shows it. */
    public Map<Long, String> itemNames(Order order) {
        Map<Long, String> names = new LinkedHashMap<Long, String>();
        for (OrderItem item : order.getOrderItems()) {
            names.put(item.getId(), item.getName());
        }
        return names;
    }

    /** What the returned items were paid: each line's total (after its discounts) for the quantity returned. */
    public Money returnedValue(Order order, ReturnedItems items) {
        BigDecimal value = BigDecimal.ZERO;
        for (OrderItem item : order.getOrderItems()) {
            int returned = Math.min(items.quantityOf(item.getId()), item.getQuantity());
            if (returned > 0) {
                value = value.add(item.getTotalPrice().getAmount().multiply(BigDecimal.valueOf(returned))
                        .divide(BigDecimal.valueOf(item.getQuantity()), 2, RoundingMode.HALF_EVEN));
            }
        }
        return new Money(value, order.getTotal().getCurrency());
    }

    /**
     * Refunds up to {@code value} of the money the order's payments captured, payment by payment, through their
     * gateways (recorded as made for a gateway without a transaction service). A gateway that declines stops the
     * refund (the transaction rolls back).
     */
    public void refund(Order order, Money value, String clientAddress) {
        BigDecimal left = value.getAmount();
        for (OrderPayment payment : order.getPayments()) {
            BigDecimal captured = captured(payment);
            if (!payment.isActive() || captured.signum() <= 0 || left.signum() <= 0) {
                continue;
            }
            BigDecimal sum = captured.min(left);
            transact(payment, PaymentTransactionType.REFUND,
                    lastSuccessful(payment, PaymentTransactionType.AUTHORIZE_AND_CAPTURE, PaymentTransactionType.CAPTURE),
                    new Money(sum, payment.getAmount().getCurrency()), clientAddress);
            left = left.subtract(sum);
        }
    }

    private void transact(OrderPayment payment, PaymentTransactionType type, PaymentTransaction parent, Money sum,
                          String clientAddress) {
        PaymentTransaction made = orderPaymentService.createTransaction();
        made.setType(type);
        made.setAmount(sum);
        made.setDate(new Date());
        made.setCustomerIpAddress(clientAddress);
        made.setParentTransaction(parent);
        made.setOrderPayment(payment);
        PaymentGatewayTransactionService gateway =
                gateways.getGatewayConfigurationService(payment.getGatewayType()).getTransactionService();
        if (gateway == null) {
            made.setSuccess(true);
            made.setRawResponse(RECORDED_WITHOUT_GATEWAY);
        } else {
            PaymentResponseDTO response = callGateway(gateway, type, sum, parent);
            made.setSuccess(response.isSuccessful());
            made.setRawResponse(response.getRawResponse());
            made.setAdditionalFields(new LinkedHashMap<String, String>(response.getResponseMap()));
            if (!response.isSuccessful()) {
                throw new IllegalStateException("the gateway declined the " + type.getType() + " of payment "
                        + payment.getId() + ": " + response.getRawResponse());
            }
        }
        payment.addTransaction(orderPaymentService.save(made));
    }

    private PaymentResponseDTO callGateway(PaymentGatewayTransactionService gateway, PaymentTransactionType type,
                                           Money sum, PaymentTransaction parent) {
        try {
            return type == PaymentTransactionType.REFUND
                    ? gateway.refund(paymentRequests.translatePaymentTransaction(sum, parent))
                    : gateway.voidPayment(paymentRequests.translatePaymentTransaction(sum, parent));
        } catch (PaymentException e) {
            throw new IllegalStateException("the gateway failed on the " + type.getType() + " of a payment", e);
        }
    }

    private static PaymentTransaction lastSuccessful(OrderPayment payment, PaymentTransactionType... types) {
        PaymentTransaction last = null;
        for (PaymentTransaction transaction : payment.getTransactions()) {
            for (PaymentTransactionType type : types) {
                if (type.equals(transaction.getType()) && Boolean.TRUE.equals(transaction.getSuccess())) {
                    last = transaction;
                }
            }
        }
        return last;
    }

    /** What the order's active payments captured and have not refunded yet. */
    public BigDecimal refundable(Order order) {
        BigDecimal refundable = BigDecimal.ZERO;
        for (OrderPayment payment : order.getPayments()) {
            if (payment.isActive()) {
                refundable = refundable.add(captured(payment));
            }
        }
        return refundable;
    }

    /** Captured and not refunded yet. */
    private static BigDecimal captured(OrderPayment payment) {
        return amount(payment, PaymentTransactionType.CAPTURE)
                .add(amount(payment, PaymentTransactionType.AUTHORIZE_AND_CAPTURE))
                .subtract(amount(payment, PaymentTransactionType.REFUND));
    }

    private static BigDecimal amount(OrderPayment payment, PaymentTransactionType type) {
        Money money = payment.getSuccessfulTransactionAmountForType(type);
        return money == null ? BigDecimal.ZERO : money.getAmount();
    }

    /** A Broadleaf address as the form and the audit trail see it (empty for null). */
    public static NewAddress addressOf(Address address) {
        NewAddress copy = new NewAddress();
        if (address != null) {
            copy.setFirstName(address.getFirstName()).setLastName(address.getLastName())
                    .setAddressLine1(address.getAddressLine1()).setAddressLine2(address.getAddressLine2())
                    .setCity(address.getCity()).setPostalCode(address.getPostalCode())
                    .setCountry(address.getCountry() == null ? null : address.getCountry().getAbbreviation())
                    .setState(address.getState() == null ? null : address.getState().getAbbreviation())
                    .setPhone(address.getPrimaryPhone());
        }
        return copy;
    }

    private static String text(Money money) {
        return money == null ? null : money.getAmount().toPlainString();
    }
}
