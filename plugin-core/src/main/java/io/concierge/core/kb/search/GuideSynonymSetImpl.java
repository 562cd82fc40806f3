package io.concierge.core.kb.search;

import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * JPA mapping of {@link GuideSynonymSet}, presented for an admin list and form. Not second-level cached: the search
 * keeps its own table of synonyms, renewed on every change ({@link GuideSynonymChangeListener}).
 */
@Entity
@Table(name = "CNC_GUIDE_SYNONYM")
@EntityListeners(GuideSynonymChangeListener.class)
@AdminPresentationClass(friendlyName = "GuideSynonymSetImpl_friendly")
public class GuideSynonymSetImpl implements GuideSynonymSet, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    /**
     * At least two comma-separated terms. The other rules of {@link SynonymLine} are checked in the admin by the
     * validator named {@link #SYNONYM_LINE_VALIDATOR} (admin module) and again, with a reason, by
     * {@link GuideSynonymService#save}; a line that slips through is ignored by the search.
     */
    public static final String TWO_TERMS_PATTERN = "(?s)[\\s,]*[^,\\s][^,]*,[\\s,]*[^,\\s].*";

    static final String SYNONYM_LINE_VALIDATOR = "cncSynonymLinePropertyValidator";

    @Id
    @GeneratedValue(generator = "GuideSynonymSetId")
    @GenericGenerator(name = "GuideSynonymSetId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GuideSynonymSetImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.kb.search.GuideSynonymSetImpl")})
    @Column(name = "SYNONYM_ID")
    protected Long id;

    @Column(name = "LOCALE", nullable = false, length = 10)
    @AdminPresentation(friendlyName = "GuideSynonymSetImpl_locale", order = 1, prominent = true, gridOrder = 1,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.kernel.LanguageType",
            requiredOverride = RequiredOverride.REQUIRED)
    protected String locale;

    @Column(name = "SYNONYMS", nullable = false, length = SynonymLine.MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideSynonymSetImpl_synonyms", order = 2, prominent = true, gridOrder = 2,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(
                            validationImplementation = "blRegexPropertyValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "regularExpression", itemValue = TWO_TERMS_PATTERN),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "GuideSynonymSetImpl_synonyms_twoTerms")}),
                    @ValidationConfiguration(validationImplementation = SYNONYM_LINE_VALIDATOR)})
    protected String synonyms;

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getLocale() {
        return locale;
    }

    @Override
    public void setLocale(String locale) {
        this.locale = locale;
    }

    @Override
    public String getSynonyms() {
        return synonyms;
    }

    @Override
    public void setSynonyms(String synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    public String getMainEntityName() {
        return synonyms;
    }
}
