package io.concierge.core.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class KnowledgeBaseOptionsTest {

    @Test
    void theDefaultsKeepTheRules() {
        assertThat(new KnowledgeBaseOptionsImpl().violations()).isEmpty();
    }

    @Test
    void guidesPerPageOutsideItsRangeIsNamedWithTheAdminMessage() {
        KnowledgeBaseOptionsImpl options = new KnowledgeBaseOptionsImpl();
        options.setGuidesPerPage(KnowledgeBaseOptions.MAX_GUIDES_PER_PAGE + 1);
        assertThat(options.violations())
                .containsExactly(entry("guidesPerPage",
                        "KnowledgeBaseOptionsImpl_guidesPerPage_range"));

        options.setGuidesPerPage(KnowledgeBaseOptions.MIN_GUIDES_PER_PAGE - 1);
        assertThat(options.violations()).containsKey("guidesPerPage");
    }

    @Test
    void theBoundsThemselvesAreAllowed() {
        KnowledgeBaseOptionsImpl options = new KnowledgeBaseOptionsImpl();
        options.setGuidesPerPage(KnowledgeBaseOptions.MIN_GUIDES_PER_PAGE);
        assertThat(options.violations()).isEmpty();
        options.setGuidesPerPage(KnowledgeBaseOptions.MAX_GUIDES_PER_PAGE);
        assertThat(options.violations()).isEmpty();
    }
}
