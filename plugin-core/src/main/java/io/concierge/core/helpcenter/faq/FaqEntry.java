package io.concierge.core.helpcenter.faq;

import java.io.Serializable;
import java.util.Date;
import java.util.List;

/**
 * One question of the help center's FAQ with its answer (sanitized HTML), in one language, written in the admin
 * under Customer Service › FAQ. Shoppers see published entries only; they are found by the help center's search
 * together with the knowledge base's guides.
 */
public interface FaqEntry extends Serializable {

    int QUESTION_MAX_LENGTH = 255;
    int CATEGORY_MAX_LENGTH = 100;

    Long getId();

    void setId(Long id);

    String getQuestion();

    void setQuestion(String question);

    /** Sanitized on every save (the knowledge base's allow-list): print it as stored. */
    String getAnswer();

    void setAnswer(String answer);

    /** A heading the entry is listed under on /help, in the entry's own language; may be empty. */
    String getCategory();

    void setCategory(String category);

    /** "en", "pt_BR" or "es", as the knowledge base's guides. */
    String getLocale();

    void setLocale(String locale);

    int getDisplayOrder();

    void setDisplayOrder(int displayOrder);

    boolean isPublished();

    void setPublished(boolean published);

    long getViewCount();

    long getSolvedCount();

    List<FaqProductLink> getProductLinks();

    Date getUpdatedAt();
}
