package io.concierge.core.helpcenter.faq;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaqRulesTest {

    @Test
    void prepareTrimsSanitizesAndFallsBackToEnglish() {
        FaqEntryImpl entry = new FaqEntryImpl();
        entry.setQuestion("  Where is my parcel?  ");
        entry.setCategory("   ");
        entry.setAnswer("<p onclick=\"x()\">In the <b>mail</b>.</p><script>x()</script>");
        entry.setLocale("pt-BR");
        FaqRules.prepare(entry);
        assertThat(entry.getQuestion()).isEqualTo("Where is my parcel?");
        assertThat(entry.getCategory()).isNull();
        assertThat(entry.getAnswer()).contains("<b>mail</b>").doesNotContain("script").doesNotContain("onclick");
        assertThat(entry.getLocale()).isEqualTo("pt_BR");

        entry.setLocale("xx");
        FaqRules.prepare(entry);
        assertThat(entry.getLocale()).isEqualTo("en");
    }

    @Test
    void anEmptyOrTooLongQuestionAndAnAnswerWithoutTextAreRefused() {
        assertThat(FaqRules.violation("question", null)).isEqualTo(FaqRules.QUESTION_REQUIRED);
        assertThat(FaqRules.violation("question", "   ")).isEqualTo(FaqRules.QUESTION_REQUIRED);
        StringBuilder longQuestion = new StringBuilder();
        while (longQuestion.length() <= FaqEntry.QUESTION_MAX_LENGTH + 4) {
            longQuestion.append("why ");
        }
        assertThat(FaqRules.violation("question", longQuestion.toString())).isEqualTo(FaqRules.QUESTION_TOO_LONG);
        assertThat(FaqRules.violation("question", "Why?")).isNull();
        assertThat(FaqRules.violation("answer", "")).isEqualTo(FaqRules.ANSWER_REQUIRED);
        assertThat(FaqRules.violation("answer", "<p> </p>")).isEqualTo(FaqRules.ANSWER_REQUIRED);
        assertThat(FaqRules.violation("answer", "<script>alert(1)</script>")).isEqualTo(FaqRules.ANSWER_REQUIRED);
        assertThat(FaqRules.violation("answer", "<p>Yes.</p>")).isNull();
        assertThat(FaqRules.violation("category", "")).isNull();
    }

    @Test
    void documentsAreOfTheirOwnKindAndADeletionIsAnUnlistedDocument() {
        FaqEntryImpl entry = new FaqEntryImpl();
        entry.setId(12L);
        entry.setQuestion("Q");
        entry.setAnswer("<p>A</p>");
        entry.setLocale("es");
        entry.setPublished(true);
        assertThat(FaqDocuments.of(entry).getKind()).isEqualTo("faq");
        assertThat(FaqDocuments.of(entry).isListed()).isTrue();
        assertThat(FaqDocuments.of(entry).getSlug()).isNull();
        assertThat(FaqDocuments.removed(12L).isListed()).isFalse();
        assertThat(FaqDocuments.removed(12L).getId()).isEqualTo(12L);
    }
}
