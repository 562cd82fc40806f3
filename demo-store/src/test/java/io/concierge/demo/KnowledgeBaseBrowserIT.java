package io.concierge.demo;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Paths;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A content editor writes a guide in the Broadleaf admin; a shopper finds it in the storefront's guide search. */
@ExtendWith({RunningDemoStore.class, HeadlessChromium.class})
class KnowledgeBaseBrowserIT {

    @Test
    void aGuideWrittenInTheAdminIsFoundByTheStorefrontSearch() {
        Page editor = HeadlessChromium.newVisitor();
        try {
            writeAndFind(editor);
        } finally {
            editor.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-admin-last.png")));
        }
    }

    private void writeAndFind(Page editor) {
        String word = "quokka" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
        String title = "Pitching a tarp the " + word + " way";

        editor.navigate(RunningDemoStore.admin() + "/login");
        editor.fill("input[name=j_username]", "admin");
        editor.fill("input[name=j_password]", "admin");
        editor.click("form button[type=submit], form input[type=submit]");
        editor.waitForURL(url -> !url.contains("/login"));
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
}
