package io.concierge.core.kb.search;

import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;

/** The choice of language in the admin's synonym form: one entry per {@link SearchLanguage}. */
public class SynonymLocaleType implements BroadleafEnumerationType, Serializable {

    private static final long serialVersionUID = 1L;

    public static final SynonymLocaleType EN = new SynonymLocaleType(SearchLanguage.EN);
    public static final SynonymLocaleType PT_BR = new SynonymLocaleType(SearchLanguage.PT);
    public static final SynonymLocaleType ES = new SynonymLocaleType(SearchLanguage.ES);

    private final String type;
    private final String friendlyType;

    private SynonymLocaleType(SearchLanguage language) {
        this.type = language.locale();
        this.friendlyType = language.displayName();
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }
}
