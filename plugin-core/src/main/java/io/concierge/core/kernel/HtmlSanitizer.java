package io.concierge.core.kernel;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.Locale;

/**
 * Keeps the markup that merchant-written HTML (guide bodies, product descriptions) needs: headings, paragraphs,
 * lists, links, images, tables, quotes, code, emphasis; and drops everything else: scripts, styles, frames, event
 * handlers, and URLs other than http, https, mailto (links only) and relative ones. Links that leave the site get {@code rel="nofollow noopener"}. Built on jsoup's
 * {@link Cleaner}, which rebuilds the document from the allowed parts instead of removing known-bad ones.
 * Sanitizing sanitized HTML changes nothing, so it can run on every save.
 */
public final class HtmlSanitizer {

    /** Lets relative URLs pass the protocol check; they are kept relative in the output. */
    private static final String PLACEHOLDER_BASE_URI = "http://relative.invalid/";

    private static final String EXTERNAL_REL = "nofollow noopener";

    private static final Safelist SAFELIST = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd",
                    "a", "img", "figure", "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "th",
                    "td", "blockquote", "code", "pre", "strong", "em", "b", "i", "u", "s", "sub", "sup", "small")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start")
            .addAttributes("blockquote", "cite")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("blockquote", "cite", "http", "https")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {
    }

    /** The allowed part of {@code html}; {@code null} stays {@code null}. */
    public static String sanitize(String html) {
        if (html == null) {
            return null;
        }
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, PLACEHOLDER_BASE_URI));
        for (Element link : clean.select("a[href]")) {
            if (isExternal(link.attr("href"))) {
                link.attr("rel", EXTERNAL_REL);
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static boolean isExternal(String href) {
        String url = href.trim().toLowerCase(Locale.ROOT);
        return url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//");
    }
}
