package io.concierge.core.kb;

import io.concierge.core.kernel.Slugs;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.ManyToMany;
import javax.persistence.Table;

/** JPA mapping of {@link GuideTag}, presented in the Broadleaf admin. */
@Entity
@Table(name = "CNC_GUIDE_TAG")
@EntityListeners(KnowledgeBaseEntityListener.class)
@AdminPresentationClass(friendlyName = "GuideTagImpl_friendly")
public class GuideTagImpl implements GuideTag, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(generator = "GuideTagId")
    @GenericGenerator(name = "GuideTagId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GuideTagImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.kb.GuideTagImpl")})
    @Column(name = "TAG_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = NAME_MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideTagImpl_name", order = 1000, prominent = true, gridOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "SLUG", nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideTagImpl_slug", order = 2000, prominent = true, gridOrder = 2,
            helpText = "KnowledgeBase_slug_help", requiredOverride = RequiredOverride.NOT_REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = GuideImpl.REGEX_VALIDATOR,
                            configurationItems = {
                                    @ConfigurationItem(itemName = "regularExpression",
                                            itemValue = Slugs.ADMIN_PATTERN),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = KnowledgeBaseRules.SLUG_FORMAT)}),
                    @ValidationConfiguration(validationImplementation = GuideImpl.UNIQUE_SLUG_VALIDATOR,
                            configurationItems = {
                                    @ConfigurationItem(itemName = GuideImpl.SLUG_SOURCE, itemValue = "name"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = KnowledgeBaseRules.SLUG_TAKEN)})})
    protected String slug;

    @ManyToMany(mappedBy = "tags", targetEntity = GuideImpl.class)
    @AdminPresentationCollection(excluded = true)
    protected List<Guide> guides = new ArrayList<Guide>();

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getMainEntityName() {
        return name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String getSlug() {
        return slug;
    }

    @Override
    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** Guides carrying this tag (read-only side of {@link Guide#getTags()}). */
    List<Guide> getGuides() {
        return guides;
    }
}
