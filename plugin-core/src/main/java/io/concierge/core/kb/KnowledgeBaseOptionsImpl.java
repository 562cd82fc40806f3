package io.concierge.core.kb;

import io.concierge.core.kernel.OptionRules;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * JPA mapping of {@link KnowledgeBaseOptions}. Not second-level cached: the storefront must see an admin change on
 * its next request, and storefront and admin may be different JVMs.
 */
@Entity
@Table(name = "CNC_KB_OPTIONS")
@AdminPresentationClass(friendlyName = "KnowledgeBaseOptionsImpl_friendly")
public class KnowledgeBaseOptionsImpl implements KnowledgeBaseOptions, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "KnowledgeBaseOptionsId")
    @GenericGenerator(name = "KnowledgeBaseOptionsId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "KnowledgeBaseOptionsImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.kb.KnowledgeBaseOptionsImpl")})
    @Column(name = "OPTIONS_ID")
    protected Long id;

    @Column(name = "GUIDES_PER_PAGE", nullable = false)
    @AdminPresentation(friendlyName = "KnowledgeBaseOptionsImpl_guidesPerPage", order = 1, prominent = true,
            gridOrder = 1,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "" + MIN_GUIDES_PER_PAGE),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_GUIDES_PER_PAGE),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "KnowledgeBaseOptionsImpl_guidesPerPage_range")}))
    protected Integer guidesPerPage = 12;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public int getGuidesPerPage() {
        return guidesPerPage;
    }

    @Override
    public void setGuidesPerPage(int guidesPerPage) {
        this.guidesPerPage = guidesPerPage;
    }

    @Override
    public Map<String, String> violations() {
        return new OptionRules(KnowledgeBaseOptionsImpl.class)
                .range("guidesPerPage", guidesPerPage, MIN_GUIDES_PER_PAGE, MAX_GUIDES_PER_PAGE)
                .violations();
    }

    @Override
    public String getMainEntityName() {
        return "Knowledge base";
    }
}
