package io.concierge.core.helpcenter.faq;

import io.concierge.core.kernel.HtmlSanitizer;
import io.concierge.core.kernel.Language;
import org.jsoup.Jsoup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every save of an FAQ entry does and checks, whichever way it is made (service or Broadleaf admin): the
 * answer goes through the knowledge base's allow-list sanitizer, texts are trimmed, an unknown language is English.
 */
public final class FaqRules {

    public static final String QUESTION_REQUIRED = "helpcenter.faq.question.required";
    public static final String QUESTION_TOO_LONG = "helpcenter.faq.question.tooLong";
    public static final String ANSWER_REQUIRED = "helpcenter.faq.answer.required";

    private FaqRules() {
    }

    static void prepare(FaqEntry entry) {
        entry.setQuestion(trimmed(entry.getQuestion()));
        entry.setCategory(trimmed(entry.getCategory()));
        entry.setAnswer(entry.getAnswer() == null ? null : HtmlSanitizer.sanitize(entry.getAnswer()));
        entry.setLocale(Language.forLocale(entry.getLocale()).code());
    }

    /** Field name to message key; empty when the entry may be saved. Call after {@link #prepare}. */
    public static Map<String, String> violations(FaqEntry entry) {
        Map<String, String> violations = new LinkedHashMap<String, String>();
        String question = violation("question", entry.getQuestion());
        if (question != null) {
            violations.put("question", question);
        }
        String answer = violation("answer", entry.getAnswer());
        if (answer != null) {
            violations.put("answer", answer);
        }
        return violations;
    }

    /**
     * The message key of the rule a submitted value of {@code field} ("question", "answer") breaks, as it will be
     * after {@link #prepare} (trimmed, sanitized); {@code null} when none or another field.
     */
    public static String violation(String field, String value) {
        if ("question".equals(field)) {
            String question = trimmed(value);
            return question == null ? QUESTION_REQUIRED
                    : question.length() > FaqEntry.QUESTION_MAX_LENGTH ? QUESTION_TOO_LONG : null;
        }
        if ("answer".equals(field)) {
            return hasText(value == null ? null : HtmlSanitizer.sanitize(value)) ? null : ANSWER_REQUIRED;
        }
        return null;
    }

    /** True when the HTML shows some text (markup alone, or what the sanitizer left of a script, is no answer). */
    static boolean hasText(String html) {
        return html != null && !Jsoup.parseBodyFragment(html).text().trim().isEmpty();
    }

    private static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
