package io.concierge.demo.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No page at this address: the container then shows the theme's 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PageNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;
}
