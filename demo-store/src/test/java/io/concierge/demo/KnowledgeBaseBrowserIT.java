package io.concierge.demo;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Paths;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A content editor writes a guide in the Broadleaf admin and a shopper finds it in the storefront's guide search; a
 * shopper's search that finds nothing becomes a draft with one click in the admin's content gaps.
 */
@ExtendWith({RunningDemoStore.class, HeadlessChromium.class})
class KnowledgeBaseBrowserIT {

    @Test
    void aGuideWrittenInTheAdminIsFoundByTheStorefrontSearch() {
        Page editor = signedInEditor();
        try {
            writeAndFind(editor);
        } finally {
            editor.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-admin-last.png")));
        }
    }

    @Test
    void aSearchThatFoundNothingBecomesADraftFromTheContentGaps() {
        String word = "wombat" + randomLetters(6);
        Page shopper = HeadlessChromium.newVisitor();
        shopper.navigate(RunningDemoStore.site() + "/guides/search?q=" + word);
        assertThat(shopper.textContent("main")).contains(word);

        Page editor = signedInEditor();
        try {
            String gapButton = "#cnc-content-gaps tr:has(td.cnc-gap-query:text-is(\"" + word + "\")) button";
            for (int attempt = 0; attempt < 20 && editor.locator(gapButton).count() == 0; attempt++) {
                editor.waitForTimeout(500); // the storefront writes its content gaps every second
                editor.navigate(RunningDemoStore.admin() + "/guide-reports");
            }
            editor.click(gapButton);
            editor.waitForURL("**/admin/guides/*");

            assertThat(editor.inputValue("input[name=\"fields['title'].value\"]"))
                    .isEqualTo(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        } finally {
            editor.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-content-gap-draft.png")));
        }
    }

    private static Page signedInEditor() {
        Page editor = HeadlessChromium.newVisitor();
        editor.navigate(RunningDemoStore.admin() + "/login");
        editor.fill("input[name=j_username]", "admin");
        editor.fill("input[name=j_password]", "admin");
        editor.click("form button[type=submit], form input[type=submit]");
        editor.waitForURL(url -> !url.contains("/login"));
        editor.navigate(RunningDemoStore.admin() + "/guide-reports");
        return editor;
    }

    private void writeAndFind(Page editor) {
        String word = "quokka" + randomLetters(6);
        String title = "Pitching a tarp the " + word + " way";

        editor.navigate(RunningDemoStore.admin() + "/guides");
        editor.click("button.add-main-entity");
        editor.fill("form.modal-add-entity-form input[name=\"fields['title'].value\"]", title);
        editor.fill("form.modal-add-entity-form textarea[name=\"fields['summary'].value\"]",
                "Two poles, six stakes and a ridgeline.");
        editor.check("form.modal-add-entity-form input[name=\"fields['status'].value\"][value=PUBLISHED]");
        editor.check("form.modal-add-entity-form input[name=\"fields['locale'].value\"][value=en]");
        editor.click("form.modal-add-entity-form .redactor-editor");
        editor.keyboard().type("Tie the ridgeline first, then stake the " + word + " corners tight.");
        editor.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-admin-guide.png")));
        editor.click(".modal:visible button:has-text(\"Save\")");
        editor.waitForURL("**/admin/guides/*");
        assertThat(editor.inputValue("input[name=\"fields['slug'].value\"]")).isEqualTo("pitching-a-tarp-the-" + word + "-way");

        Page shopper = HeadlessChromium.newVisitor();
        shopper.navigate(RunningDemoStore.site() + "/guides");
        shopper.fill("form.guide-search input[name=q]", word);
        shopper.click("form.guide-search button[type=submit]");
        assertThat(shopper.textContent(".search-hit h2")).isEqualTo(title);
        assertThat(shopper.innerHTML(".search-hit .snippet")).contains("<mark>" + word + "</mark>");
        shopper.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-guide-search.png")));

        shopper.click(".search-hit h2 a");
        assertThat(shopper.textContent("h1")).isEqualTo(title);
    }

    /** Lower-case letters only, so that the search reads them as one unknown word. */
    private static String randomLetters(int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
