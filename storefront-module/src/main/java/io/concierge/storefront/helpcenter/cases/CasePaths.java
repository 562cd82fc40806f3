package io.concierge.storefront.helpcenter.cases;

import io.concierge.core.helpcenter.cases.CaseLinks;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;

/** The case pages' addresses, relative to the storefront's context path. */
final class CasePaths {

    static final String ACCOUNT_CASES = "/account/cases";

    private CasePaths() {
    }

    /** A signed-in shopper's case page. */
    static String account(String caseNumber) {
        return ACCOUNT_CASES + "/" + caseNumber;
    }

    /** The case page a mailed link opens, with its token. */
    static String linked(String caseNumber, String token) {
        try {
            return CaseLinks.PATH + caseNumber + "?t=" + URLEncoder.encode(token, "UTF-8");
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
