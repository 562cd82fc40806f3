package io.concierge.storefront.kernel;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing for shoppers here (unknown, draft or future content): the host's own 404 page answers. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PageNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;
}
