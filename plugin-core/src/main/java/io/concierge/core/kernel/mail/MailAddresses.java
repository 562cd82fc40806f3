package io.concierge.core.kernel.mail;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

/** The checks of the addresses the outbox writes into headers: one address each, strictly RFC 822. */
final class MailAddresses {

    private MailAddresses() {
    }

    /** A single recipient address such as {@code ana@example.com} or {@code "Ana Souza" <ana@example.com>}. */
    static InternetAddress recipient(String address) {
        return single("recipient", address);
    }

    /** The {@code concierge.mail.from} address. */
    static InternetAddress from(String address) {
        return single("concierge.mail.from", address);
    }

    /** The part after the @ of an address, for Message-IDs. */
    static String domainOf(InternetAddress address) {
        String email = address.getAddress();
        return email.substring(email.lastIndexOf('@') + 1);
    }

    private static InternetAddress single(String what, String address) {
        if (address == null || address.trim().isEmpty()) {
            throw new IllegalArgumentException("The " + what + " address is missing");
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(address.trim(), true);
            if (parsed.length != 1) {
                throw new IllegalArgumentException("The " + what + " must be one address, not " + parsed.length
                        + ": \"" + address + "\"");
            }
            parsed[0].validate();
            if (parsed[0].isGroup() || parsed[0].getAddress().indexOf('@') < 0) {
                throw new AddressException("no domain", address);
            }
            return parsed[0];
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not an e-mail address for the " + what + ": \"" + address + "\" ("
                    + e.getMessage() + ")", e);
        }
    }
}
