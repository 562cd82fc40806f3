package io.concierge.core.kb.search;

/** The guide index could not be read or written (e.g. a remote Solr is down). Says which and why. */
public class GuideIndexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GuideIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
