package io.concierge.core.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTest {

    @Test
    void removesScriptsWithTheirCode() {
        String clean = HtmlSanitizer.sanitize("<p>Hello</p><script>alert('x')</script>");

        assertThat(clean).isEqualTo("<p>Hello</p>");
    }

    @Test
    void removesEventHandlersAndStyles() {
        String clean = HtmlSanitizer.sanitize(
                "<p onclick=\"steal()\" style=\"color:red\">Hi</p><img src=\"/a.png\" onerror=\"alert(1)\">"
                        + "<style>p{display:none}</style>");

        assertThat(clean).isEqualTo("<p>Hi</p><img src=\"/a.png\">");
    }

    @Test
    void removesJavascriptLinksHoweverTheyAreDisguised() {
        String clean = HtmlSanitizer.sanitize("<a href=\"javascript:alert(1)\">a</a>"
                + "<a href=\"JaVaScRiPt:alert(1)\">b</a>"
                + "<a href=\"&#106;avascript:alert(1)\">c</a>"
                + "<a href=\"java&#09;script:alert(1)\">d</a>"
                + "<a href=\" javascript:alert(1)\">e</a>"
                + "<img src=\"javascript:alert(1)\"><img src=\"data:image/png;base64,AAAA\">");

        assertThat(clean.toLowerCase()).doesNotContain("javascript").doesNotContain("data:").doesNotContain("src=");
        assertThat(clean).contains("<a>a</a>", "<a>b</a>", "<a>c</a>", "<a>d</a>", "<a>e</a>");
    }

    @Test
    void removesFramesObjectsAndForms() {
        String clean = HtmlSanitizer.sanitize("<iframe src=\"https://evil.example\"></iframe>"
                + "<object data=\"x.swf\"></object><embed src=\"x.swf\"><form action=\"/x\"><input name=\"q\"></form>"
                + "<p>kept</p>");

        assertThat(clean).isEqualTo("<p>kept</p>");
    }

    @Test
    void keepsTheMarkupOfAnArticle() {
        String article = "<h2>Choosing</h2><h3>Fit</h3><p>Read <strong>this</strong> and <em>that</em>.</p>"
                + "<ul><li>one</li></ul><ol start=\"2\"><li>two</li></ol>"
                + "<blockquote>quoted</blockquote><pre><code>code()</code></pre>"
                + "<table><thead><tr><th colspan=\"2\">Size</th></tr></thead>"
                + "<tbody><tr><td>S</td><td>36</td></tr></tbody></table>"
                + "<p><img src=\"https://cdn.example.com/shoe.jpg\" alt=\"Shoe\" width=\"300\"></p>"
                + "<p><img src=\"/static/shoe.jpg\" alt=\"Shoe\"></p>";

        assertThat(HtmlSanitizer.sanitize(article)).isEqualTo(article);
    }

    @Test
    void keepsRelativeAnchorAndMailLinksAsTheyAre() {
        String links = "<p><a href=\"/guides/fit\">fit</a> <a href=\"#sizes\">sizes</a>"
                + " <a href=\"mailto:care@example.com\">mail</a> <a href=\"other-guide\">other</a></p>";

        assertThat(HtmlSanitizer.sanitize(links)).isEqualTo(links);
    }

    @Test
    void marksExternalLinksNofollowNoopenerAndDropsTheAuthorsRel() {
        String clean = HtmlSanitizer.sanitize("<a href=\"https://brand.example/size-chart\" rel=\"author\""
                + " target=\"_blank\">chart</a><a href=\"//cdn.example/x\">x</a>");

        assertThat(clean).isEqualTo("<a href=\"https://brand.example/size-chart\" rel=\"nofollow noopener\">chart</a>"
                + "<a href=\"//cdn.example/x\" rel=\"nofollow noopener\">x</a>");
    }

    @Test
    void keepsCharactersOfEveryLanguageAsTheyAre() {
        assertThat(HtmlSanitizer.sanitize("<p>Tênis, coração, ¿cómo?</p>")).isEqualTo("<p>Tênis, coração, ¿cómo?</p>");
    }

    @Test
    void sanitizingTwiceChangesNothing() {
        String once = HtmlSanitizer.sanitize("<h2 class=\"x\">T</h2><p>a<br>b</p>"
                + "<a href=\"https://x.example\" onclick=\"y()\">l</a><script>z()</script><table><tr><td>c</td></tr></table>");

        assertThat(HtmlSanitizer.sanitize(once)).isEqualTo(once);
    }

    @Test
    void leavesAMissingBodyMissing() {
        assertThat(HtmlSanitizer.sanitize(null)).isNull();
        assertThat(HtmlSanitizer.sanitize("")).isEmpty();
    }
}
