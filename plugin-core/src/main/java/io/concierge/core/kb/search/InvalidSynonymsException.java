package io.concierge.core.kb.search;

/** A synonym line that cannot be saved; the message says why, for the merchant. Nothing was saved. */
public class InvalidSynonymsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSynonymsException(String message) {
        super(message);
    }
}
