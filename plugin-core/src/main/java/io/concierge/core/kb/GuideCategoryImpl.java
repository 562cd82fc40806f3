package io.concierge.core.kb;

import io.concierge.core.kernel.Slugs;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.Table;

/** JPA mapping of {@link GuideCategory}, presented in the Broadleaf admin. */
@Entity
@Table(name = "CNC_GUIDE_CATEGORY")
@EntityListeners(KnowledgeBaseEntityListener.class)
@AdminPresentationClass(friendlyName = "GuideCategoryImpl_friendly")
public class GuideCategoryImpl implements GuideCategory, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(generator = "GuideCategoryId")
    @GenericGenerator(name = "GuideCategoryId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GuideCategoryImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.kb.GuideCategoryImpl")})
    @Column(name = "CATEGORY_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = NAME_MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideCategoryImpl_name", order = 1000, prominent = true, gridOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "SLUG", nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideCategoryImpl_slug", order = 2000, prominent = true, gridOrder = 2,
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

    @ManyToOne(targetEntity = GuideCategoryImpl.class)
    @JoinColumn(name = "PARENT_ID")
    @Index(name = "CNC_GUIDE_CATEGORY_PARENT_INDEX", columnNames = {"PARENT_ID"})
    @AdminPresentation(friendlyName = "GuideCategoryImpl_parent", order = 3000, prominent = true, gridOrder = 3,
            validationConfigurations = @ValidationConfiguration(validationImplementation = GuideImpl.RULE_VALIDATOR))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected GuideCategory parent;

    @Column(name = "SEQUENCE", nullable = false)
    @AdminPresentation(friendlyName = "GuideCategoryImpl_sequence", order = 4000, prominent = true, gridOrder = 4)
    protected Integer sequence = 0;

    @Column(name = "DESCRIPTION", length = DESCRIPTION_MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideCategoryImpl_description", order = 5000, largeEntry = true)
    protected String description;

    @OneToMany(mappedBy = "category", targetEntity = GuideImpl.class)
    @AdminPresentationCollection(excluded = true)
    protected List<Guide> guides = new ArrayList<Guide>();

    @OneToMany(mappedBy = "parent", targetEntity = GuideCategoryImpl.class)
    @AdminPresentationCollection(excluded = true)
    protected List<GuideCategory> children = new ArrayList<GuideCategory>();

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

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public GuideCategory getParent() {
        return parent;
    }

    @Override
    public void setParent(GuideCategory parent) {
        this.parent = parent;
    }

    @Override
    public int getSequence() {
        return sequence == null ? 0 : sequence;
    }

    @Override
    public void setSequence(int sequence) {
        this.sequence = sequence;
    }

    /** Guides filed here (read-only side of {@link Guide#getCategory()}). */
    List<Guide> getGuides() {
        return guides;
    }

    /** Direct sub-categories (read-only side of {@link #getParent()}). */
    List<GuideCategory> getChildren() {
        return children;
    }
}
