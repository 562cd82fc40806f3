package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.reasons.MerchantReason;
import io.concierge.core.helpcenter.reasons.MerchantReasons;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a case and a message must be: a subject and a message within their lengths, one of the merchant's active
 * reasons when the merchant lists any, and for a guest a name and an e-mail address to answer to. Whether the
 * order belongs to the shopper is the service's check, against Broadleaf.
 */
public final class CaseRules {

    public static final String SUBJECT = "subject";
    public static final String MESSAGE = "message";
    public static final String REASON = "reason";
    public static final String EMAIL = "email";
    public static final String NAME = "name";
    public static final String ORDER = "order";

    static final String REQUIRED = "helpcenter.case.error.required";
    static final String TOO_LONG = "helpcenter.case.error.tooLong";
    static final String MESSAGE_TOO_LONG = "helpcenter.case.error.messageTooLong";
    static final String NO_REASON = "helpcenter.case.error.reason";
    static final String BAD_EMAIL = "helpcenter.case.error.email";
    /** One answer for an unknown order, a wrong e-mail and another shopper's order: nothing to enumerate. */
    static final String UNKNOWN_ORDER = "helpcenter.case.error.order";

    /** Something@something.tld, no spaces or angle brackets: enough to mail an answer, not RFC 5322. */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

    private CaseRules() {
    }

    /** @return field name to message key; empty when the case may be filed (its order still to be checked) */
    public static Map<String, String> violations(NewCase request, List<? extends MerchantReason> activeReasons) {
        Map<String, String> violations = new LinkedHashMap<String, String>();
        text(violations, SUBJECT, request.subject(), SupportCaseImpl.MAX_SUBJECT_LENGTH);
        message(violations, request.message());
        if (request.isReasonAsked() && !activeReasons.isEmpty()
                && MerchantReasons.find(request.reasonId(), activeReasons) == null) {
            violations.put(REASON, NO_REASON);
        }
        if (request.isGuest()) {
            text(violations, NAME, request.name(), SupportCaseImpl.MAX_NAME_LENGTH);
            if (request.email() == null) {
                violations.put(EMAIL, REQUIRED);
            } else if (request.email().length() > SupportCaseImpl.MAX_EMAIL_LENGTH
                    || !EMAIL_ADDRESS.matcher(request.email()).matches()) {
                violations.put(EMAIL, BAD_EMAIL);
            }
        }
        return violations;
    }

    /** @return the message's violations: empty or too long */
    public static Map<String, String> messageViolations(String body) {
        Map<String, String> violations = new LinkedHashMap<String, String>();
        message(violations, body == null || body.trim().isEmpty() ? null : body.trim());
        return violations;
    }

    private static void message(Map<String, String> violations, String body) {
        if (body == null) {
            violations.put(MESSAGE, REQUIRED);
        } else if (body.length() > CaseMessageImpl.MAX_BODY_LENGTH) {
            violations.put(MESSAGE, MESSAGE_TOO_LONG);
        }
    }

    private static void text(Map<String, String> violations, String field, String value, int max) {
        if (value == null) {
            violations.put(field, REQUIRED);
        } else if (value.length() > max) {
            violations.put(field, TOO_LONG);
        }
    }
}
