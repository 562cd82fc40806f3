package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.OrderChangeService;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.kernel.CustomerFacts;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.service.CustomerAddressService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

/** Puts together the {@link CustomerView} beside a case, from Broadleaf and every capability's facts. */
@Component("cncCustomerViews")
public class CustomerViews {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blCustomerAddressService")
    protected CustomerAddressService addressService;

    @Resource(name = "cncBroadleafOrders")
    protected BroadleafOrders broadleafOrders;

    @Resource(name = "cncOrderTimelineService")
    protected OrderTimelineService timelines;

    @Resource(name = "cncOrderChangeService")
    protected OrderChangeService changes;

    @Resource(name = "cncCaseService")
    protected CaseService cases;

    @Autowired(required = false)
    protected List<CustomerFacts> facts = Collections.emptyList();

    /** @return the view of the case's customer; for a guest without an order, their name and e-mail only */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CustomerView of(SupportCase supportCase) {
        Customer customer = supportCase.getCustomerId() == null ? null
                : customerService.readCustomerById(supportCase.getCustomerId());
        if (customer == null) {
            return new CustomerView(supportCase.getName(), supportCase.getEmail(), false,
                    Collections.<CustomerView.OrderLine>emptyList(), Collections.<String>emptyList(),
                    Collections.singletonList(supportCase), Collections.<CustomerFacts.CustomerFact>emptyList());
        }
        List<CustomerView.OrderLine> orders = new ArrayList<CustomerView.OrderLine>();
        for (Order order : broadleafOrders.placedBy(customer)) {
            orders.add(new CustomerView.OrderLine(order.getOrderNumber(), order.getSubmitDate(),
                    order.getTotal() == null ? null : order.getTotal().getAmount().toPlainString(),
                    timelines.timeline(order.getId()).status().stage().name(), changes.auditTrail(order.getId())));
        }
        List<String> addresses = new ArrayList<String>();
        for (CustomerAddress entry : addressService.readActiveCustomerAddressesByCustomerId(customer.getId())) {
            addresses.add(line(entry.getAddressName(), entry.getAddress()));
        }
        List<CustomerFacts.CustomerFact> known = new ArrayList<CustomerFacts.CustomerFact>();
        for (CustomerFacts capability : facts) {
            known.addAll(capability.factsAbout(customer.getId()));
        }
        String name = ((customer.getFirstName() == null ? "" : customer.getFirstName()) + " "
                + (customer.getLastName() == null ? "" : customer.getLastName())).trim();
        return new CustomerView(name.isEmpty() ? supportCase.getName() : name,
                customer.getEmailAddress() == null ? supportCase.getEmail() : customer.getEmailAddress(),
                customer.isRegistered(), orders, addresses, cases.casesOf(customer.getId()), known);
    }

    private static String line(String label, Address address) {
        StringBuilder line = new StringBuilder(label == null ? "" : label + ": ");
        if (address != null) {
            line.append(address.getAddressLine1()).append(", ").append(address.getCity());
            if (address.getCountry() != null) {
                line.append(", ").append(address.getCountry().getAbbreviation());
            }
        }
        return line.toString();
    }
}
