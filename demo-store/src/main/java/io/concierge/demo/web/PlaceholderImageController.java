package io.concierge.demo.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.nio.charset.StandardCharsets;

/**
 * Product pictures of the demo catalog: a generated SVG per product slug (a coloured tile with the product's
 * initials), so the demo needs no image files.
 */
@Controller
public class PlaceholderImageController {

    @RequestMapping(value = "/img/products/{slug:[a-z0-9-]+}.svg", method = RequestMethod.GET)
    public ResponseEntity<byte[]> productImage(@PathVariable("slug") String slug) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("image/svg+xml"));
        headers.setCacheControl("public, max-age=86400");
        return new ResponseEntity<byte[]>(svg(slug).getBytes(StandardCharsets.UTF_8), headers, HttpStatus.OK);
    }

    static String svg(String slug) {
        int hue = Math.abs(slug.hashCode()) % 360;
        StringBuilder initials = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!word.isEmpty() && initials.length() < 2 && Character.isLetter(word.charAt(0))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return "<svg xmlns='http://www.w3.org/2000/svg' width='400' height='300' viewBox='0 0 400 300'>"
                + "<rect width='400' height='300' fill='hsl(" + hue + ",45%,82%)'/>"
                + "<text x='200' y='170' font-family='sans-serif' font-size='72' text-anchor='middle' fill='hsl("
                + hue + ",40%,30%)'>" + initials + "</text></svg>";
    }
}
