package io.concierge.core.kb.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetHtmlTest {

    private static final String S = SnippetHtml.MATCH_START;
    private static final String E = SnippetHtml.MATCH_END;

    @Test
    void escapesAllTextAndMarksOnlyTheMatches() {
        String fragment = "Tom & <b>Jerry</b> \"say\" it's " + S + "waterproof" + E + " <script>x</script>";

        assertThat(SnippetHtml.fromHighlight(fragment, 500)).isEqualTo(
                "Tom &amp; &lt;b&gt;Jerry&lt;/b&gt; &quot;say&quot; it&#39;s <mark>waterproof</mark>"
                        + " &lt;script&gt;x&lt;/script&gt;");
    }

    @Test
    void repairsUnbalancedMarkers() {
        assertThat(SnippetHtml.fromHighlight(E + "a " + S + "b", 100)).isEqualTo("a <mark>b</mark>");
        assertThat(SnippetHtml.fromHighlight(S + S + "a" + E + E, 100)).isEqualTo("<mark>a</mark>");
    }

    @Test
    void aLongFragmentIsCutAroundItsFirstMatchAtSpaces() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            before.append("before").append(i).append(' ');
            after.append(" after").append(i);
        }
        String fragment = before + S + "match" + E + after;

        String html = SnippetHtml.fromHighlight(fragment, 100);

        assertThat(html).startsWith("\u2026before").endsWith("\u2026").contains("<mark>match</mark>");
        assertThat(html.length()).isLessThanOrEqualTo(100 + "<mark></mark>".length() + 2);
        assertThat(html).doesNotContain("ore3 ").matches("\u2026(before\\d+ )+<mark>match</mark>( after\\d+)+\u2026");
    }

    @Test
    void aCutThroughAMatchStillClosesIt() {
        String fragment = "x " + S + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" + E + " tail";
        assertThat(SnippetHtml.fromHighlight(fragment, 20)).startsWith("x <mark>").endsWith("</mark>\u2026");
    }

    @Test
    void indexedTextCannotCarryMarkers() {
        assertThat(SnippetHtml.indexable("a" + S + "b" + E + "c")).isEqualTo("abc");
        assertThat(SnippetHtml.indexable(null)).isNull();
    }

    @Test
    void plainTextIsEscapedAndCutAtAWordWithAnEllipsis() {
        assertThat(SnippetHtml.fromPlainText("  a <b> & c  ", 100)).isEqualTo("a &lt;b&gt; &amp; c");
        assertThat(SnippetHtml.fromPlainText("alpha beta gamma delta", 12)).isEqualTo("alpha beta\u2026");
        assertThat(SnippetHtml.fromPlainText(null, 10)).isEmpty();
    }
}
