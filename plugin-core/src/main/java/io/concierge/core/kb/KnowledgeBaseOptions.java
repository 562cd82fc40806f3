package io.concierge.core.kb;

import io.concierge.core.kernel.StoreOptions;

/** The merchant's options of the knowledge base (admin: Customer Service › Knowledge base options). */
public interface KnowledgeBaseOptions extends StoreOptions {

    int MIN_GUIDES_PER_PAGE = 1;
    int MAX_GUIDES_PER_PAGE = 100;

    /** How many guides a listing page shows. */
    int getGuidesPerPage();

    void setGuidesPerPage(int guidesPerPage);
}
