package io.concierge.storefront.helpcenter.account;

import io.concierge.core.helpcenter.orders.BroadleafOrderChanges;
import io.concierge.core.helpcenter.orders.NewAddress;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;

import java.util.ArrayList;
import java.util.List;

/** One address of the address book as the profile page lists it. */
public final class AddressEntry {

    private final long id;
    private final boolean isDefault;
    private final List<String> lines;

    AddressEntry(CustomerAddress address) {
        this.id = address.getId();
        this.isDefault = address.getAddress().isDefault();
        NewAddress fields = BroadleafOrderChanges.addressOf(address.getAddress());
        this.lines = new ArrayList<String>();
        add(join(fields.getFirstName(), fields.getLastName()));
        add(fields.getAddressLine1());
        add(fields.getAddressLine2());
        add(join(fields.getPostalCode(), fields.getCity()));
        add(join(fields.getState(), fields.getCountry()));
        add(fields.getPhone());
    }

    private void add(String line) {
        if (line != null && !line.isEmpty()) {
            lines.add(line);
        }
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
    }

    public long getId() {
        return id;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public List<String> getLines() {
        return lines;
    }
}
