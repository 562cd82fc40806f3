package io.concierge.core.kb;

import io.concierge.core.kernel.Language;
import io.concierge.core.kernel.Slugs;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationAdornedTargetCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationOperationTypes;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.AddMethodType;
import org.broadleafcommerce.common.presentation.client.OperationType;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;
import org.hibernate.annotations.Type;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.JoinTable;
import javax.persistence.Lob;
import javax.persistence.ManyToMany;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

/**
 * JPA mapping of {@link Guide}, presented in the Broadleaf admin. {@link KnowledgeBaseEntityListener} sanitizes and
 * completes it on every insert and update and reports committed changes, so the admin's own saves get the same
 * treatment as the service's. The counters are written only by {@link GuideDao}'s atomic increments (never by an
 * entity update, which would put back a stale count), and the guide is not second-level cached: an editor's change
 * must reach every storefront node at once.
 */
@Entity
@Table(name = "CNC_GUIDE")
@org.hibernate.annotations.Table(appliesTo = "CNC_GUIDE",
        indexes = @Index(name = "CNC_GUIDE_VISIBLE_INDEX", columnNames = {"STATUS", "PUBLISH_AT"}))
@EntityListeners(KnowledgeBaseEntityListener.class)
@AdminPresentationClass(friendlyName = "GuideImpl_friendly")
public class GuideImpl implements Guide, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    static final String TAB_CONTENT = "GuideImpl_tabContent";
    static final String TAB_PRODUCTS = "GuideImpl_tabProducts";
    static final String TAB_RELATED = "GuideImpl_tabRelated";
    static final String TAB_SEO = "GuideImpl_tabSeo";
    static final String TAB_STATISTICS = "GuideImpl_tabStatistics";
    static final String GROUP_ARTICLE = "GuideImpl_groupArticle";
    static final String GROUP_PUBLISHING = "GuideImpl_groupPublishing";

    /** Bean id of Broadleaf's admin validator for regular expressions. */
    static final String REGEX_VALIDATOR = "blRegexPropertyValidator";

    /**
     * Bean id of the admin module's validator that refuses a slug another record of the same kind holds; its item
     * {@link #SLUG_SOURCE} names the field an empty slug is derived from.
     */
    static final String UNIQUE_SLUG_VALIDATOR = "cncUniqueSlugPropertyValidator";
    static final String SLUG_SOURCE = "derivedFrom";

    /** Bean id of the admin module's validator for the rules of {@link KnowledgeBaseRules} that need the record. */
    static final String RULE_VALIDATOR = "cncKnowledgeBaseRulePropertyValidator";

    @Id
    @GeneratedValue(generator = "GuideId")
    @GenericGenerator(name = "GuideId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GuideImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.kb.GuideImpl")})
    @Column(name = "GUIDE_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    /**
     * Guards an editor's save against a concurrent one, and makes a change of tags alone an update of the guide
     * (Hibernate 4.1 runs {@code @PostUpdate} for collection changes only through this version increment).
     * Starts at 0, not null: Broadleaf's admin links product links and related guides to a guide through a fresh
     * instance carrying only the id, which Hibernate would take for an unsaved guide if its version were null.
     */
    @Version
    @Column(name = "VERSION")
    @AdminPresentation(excluded = true)
    protected Long version = 0L;

    @Column(name = "TITLE", nullable = false, length = TITLE_MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideImpl_title", order = 1000, prominent = true, gridOrder = 1,
            tab = TAB_CONTENT, tabOrder = 1, group = GROUP_ARTICLE, groupOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String title;

    @Column(name = "SLUG", nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideImpl_slug", order = 2000, helpText = "KnowledgeBase_slug_help",
            tab = TAB_CONTENT, tabOrder = 1, group = GROUP_ARTICLE, groupOrder = 1,
            requiredOverride = RequiredOverride.NOT_REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = REGEX_VALIDATOR,
                            configurationItems = {
                                    @ConfigurationItem(itemName = "regularExpression",
                                            itemValue = Slugs.ADMIN_PATTERN),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = KnowledgeBaseRules.SLUG_FORMAT)}),
                    @ValidationConfiguration(validationImplementation = UNIQUE_SLUG_VALIDATOR,
                            configurationItems = {
                                    @ConfigurationItem(itemName = SLUG_SOURCE, itemValue = "title"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = KnowledgeBaseRules.SLUG_TAKEN)})})
    protected String slug;

    @Column(name = "SUMMARY", length = SUMMARY_MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideImpl_summary", order = 3000, largeEntry = true,
            tab = TAB_CONTENT, tabOrder = 1, group = GROUP_ARTICLE, groupOrder = 1)
    protected String summary;

    @Column(name = "HERO_IMAGE_URL", length = URL_MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideImpl_heroImageUrl", order = 4000, helpText = "KnowledgeBase_url_help",
            tab = TAB_CONTENT, tabOrder = 1, group = GROUP_ARTICLE, groupOrder = 1,
            validationConfigurations = @ValidationConfiguration(validationImplementation = REGEX_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "regularExpression",
                                    itemValue = KnowledgeBaseRules.URL_PATTERN),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = KnowledgeBaseRules.URL_FORMAT)}))
    protected String heroImageUrl;

    @Lob
    @Type(type = "org.hibernate.type.StringClobType")
    @Column(name = "BODY", length = Integer.MAX_VALUE - 1)
    @AdminPresentation(friendlyName = "GuideImpl_body", order = 5000, largeEntry = true,
            fieldType = SupportedFieldType.HTML_BASIC,
            tab = TAB_CONTENT, tabOrder = 1, group = GROUP_ARTICLE, groupOrder = 1)
    protected String body;

    @Column(name = "STATUS", nullable = false, length = 20)
    @AdminPresentation(friendlyName = "GuideImpl_status", order = 1000, prominent = true, gridOrder = 4,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.kb.GuideStatus",
            tab = TAB_CONTENT, tabOrder = 1, group = GROUP_PUBLISHING, groupOrder = 2,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String status = GuideStatus.DRAFT.getType();

    @Column(name = "PUBLISH_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GuideImpl_publishAt", order = 2000, prominent = true, gridOrder = 5,
            helpText = "GuideImpl_publishAt_help",
            tab = TAB_CONTENT, tabOrder = 1, group = GROUP_PUBLISHING, groupOrder = 2,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RULE_VALIDATOR))
    protected Date publishAt;

    @Column(name = "LOCALE", nullable = false, length = 10)
    @AdminPresentation(friendlyName = "GuideImpl_locale", order = 3000, prominent = true, gridOrder = 3,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.kernel.LanguageType",
            tab = TAB_CONTENT, tabOrder = 1, group = GROUP_PUBLISHING, groupOrder = 2,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String locale = Language.ENGLISH.code();

    @Column(name = "AUTHOR", length = AUTHOR_MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideImpl_author", order = 4000,
            tab = TAB_CONTENT, tabOrder = 1, group = GROUP_PUBLISHING, groupOrder = 2)
    protected String author;

    @ManyToOne(targetEntity = GuideCategoryImpl.class)
    @JoinColumn(name = "CATEGORY_ID")
    @Index(name = "CNC_GUIDE_CATEGORY_INDEX", columnNames = {"CATEGORY_ID"})
    @AdminPresentation(friendlyName = "GuideImpl_category", order = 5000, prominent = true, gridOrder = 6,
            tab = TAB_CONTENT, tabOrder = 1, group = GROUP_PUBLISHING, groupOrder = 2)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected GuideCategory category;

    @ManyToMany(targetEntity = GuideTagImpl.class)
    @JoinTable(name = "CNC_GUIDE_TAG_XREF", joinColumns = @JoinColumn(name = "GUIDE_ID"),
            inverseJoinColumns = @JoinColumn(name = "TAG_ID"))
    @OrderBy("name")
    @BatchSize(size = 50)
    @AdminPresentationCollection(friendlyName = "GuideImpl_tags", order = 6000, tab = TAB_CONTENT, tabOrder = 1,
            addType = AddMethodType.LOOKUP, manyToField = "guides",
            operationTypes = @AdminPresentationOperationTypes(removeType = OperationType.NONDESTRUCTIVEREMOVE))
    protected Set<GuideTag> tags = new LinkedHashSet<GuideTag>();

    @OneToMany(mappedBy = "guide", targetEntity = GuideProductLinkImpl.class, cascade = CascadeType.ALL,
            orphanRemoval = true)
    @OrderBy("sequence")
    @AdminPresentationAdornedTargetCollection(friendlyName = "GuideImpl_productLinks", order = 1000,
            tab = TAB_PRODUCTS, tabOrder = 2,
            parentObjectProperty = "guide", targetObjectProperty = "product", sortProperty = "sequence",
            gridVisibleFields = {"defaultSku.name"})
    protected List<GuideProductLink> productLinks = new ArrayList<GuideProductLink>();

    @OneToMany(mappedBy = "guide", targetEntity = RelatedGuideImpl.class, cascade = CascadeType.ALL,
            orphanRemoval = true)
    @OrderBy("sequence")
    @AdminPresentationAdornedTargetCollection(friendlyName = "GuideImpl_relatedGuides", order = 1000,
            tab = TAB_RELATED, tabOrder = 3,
            parentObjectProperty = "guide", targetObjectProperty = "relatedGuide", sortProperty = "sequence",
            gridVisibleFields = {"title", "status"})
    protected List<RelatedGuide> relatedGuides = new ArrayList<RelatedGuide>();

    /** The other side of {@link #relatedGuides}: deleting this guide removes it from the guides that suggest it. */
    @OneToMany(mappedBy = "relatedGuide", targetEntity = RelatedGuideImpl.class, cascade = CascadeType.REMOVE)
    @AdminPresentationCollection(excluded = true)
    protected List<RelatedGuide> suggestedBy = new ArrayList<RelatedGuide>();

    @Column(name = "SEO_TITLE", length = SEO_TITLE_MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideImpl_seoTitle", order = 1000, tab = TAB_SEO, tabOrder = 4)
    protected String seoTitle;

    @Column(name = "SEO_DESCRIPTION", length = SEO_DESCRIPTION_MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideImpl_seoDescription", order = 2000, largeEntry = true,
            tab = TAB_SEO, tabOrder = 4)
    protected String seoDescription;

    @Column(name = "CANONICAL_URL", length = URL_MAX_LENGTH)
    @AdminPresentation(friendlyName = "GuideImpl_canonicalUrl", order = 3000, helpText = "KnowledgeBase_url_help",
            tab = TAB_SEO, tabOrder = 4,
            validationConfigurations = @ValidationConfiguration(validationImplementation = REGEX_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "regularExpression",
                                    itemValue = KnowledgeBaseRules.URL_PATTERN),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = KnowledgeBaseRules.URL_FORMAT)}))
    protected String canonicalUrl;

    @Column(name = "HELPFUL_VOTES", nullable = false, updatable = false)
    @AdminPresentation(friendlyName = "GuideImpl_helpfulVotes", order = 1000, readOnly = true,
            requiredOverride = RequiredOverride.NOT_REQUIRED,
            tab = TAB_STATISTICS, tabOrder = 5)
    protected Long helpfulVotes = 0L;

    @Column(name = "UNHELPFUL_VOTES", nullable = false, updatable = false)
    @AdminPresentation(friendlyName = "GuideImpl_unhelpfulVotes", order = 2000, readOnly = true,
            requiredOverride = RequiredOverride.NOT_REQUIRED,
            tab = TAB_STATISTICS, tabOrder = 5)
    protected Long unhelpfulVotes = 0L;

    @Column(name = "VIEW_COUNT", nullable = false, updatable = false)
    @AdminPresentation(friendlyName = "GuideImpl_viewCount", order = 3000, readOnly = true,
            requiredOverride = RequiredOverride.NOT_REQUIRED,
            tab = TAB_STATISTICS, tabOrder = 5)
    protected Long viewCount = 0L;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GuideImpl_createdAt", order = 4000, readOnly = true,
            requiredOverride = RequiredOverride.NOT_REQUIRED,
            tab = TAB_STATISTICS, tabOrder = 5)
    protected Date createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GuideImpl_updatedAt", order = 5000, readOnly = true,
            requiredOverride = RequiredOverride.NOT_REQUIRED,
            tab = TAB_STATISTICS, tabOrder = 5)
    protected Date updatedAt;

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
        return title;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public void setTitle(String title) {
        this.title = title;
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
    public String getSummary() {
        return summary;
    }

    @Override
    public void setSummary(String summary) {
        this.summary = summary;
    }

    @Override
    public String getBody() {
        return body;
    }

    @Override
    public void setBody(String body) {
        this.body = body;
    }

    @Override
    public String getAuthor() {
        return author;
    }

    @Override
    public void setAuthor(String author) {
        this.author = author;
    }

    @Override
    public GuideStatus getStatus() {
        return GuideStatus.getInstance(status);
    }

    @Override
    public void setStatus(GuideStatus status) {
        this.status = status == null ? null : status.getType();
    }

    @Override
    public Date getPublishAt() {
        return publishAt;
    }

    @Override
    public void setPublishAt(Date publishAt) {
        this.publishAt = publishAt;
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
    public String getHeroImageUrl() {
        return heroImageUrl;
    }

    @Override
    public void setHeroImageUrl(String heroImageUrl) {
        this.heroImageUrl = heroImageUrl;
    }

    @Override
    public String getSeoTitle() {
        return seoTitle;
    }

    @Override
    public void setSeoTitle(String seoTitle) {
        this.seoTitle = seoTitle;
    }

    @Override
    public String getSeoDescription() {
        return seoDescription;
    }

    @Override
    public void setSeoDescription(String seoDescription) {
        this.seoDescription = seoDescription;
    }

    @Override
    public String getCanonicalUrl() {
        return canonicalUrl;
    }

    @Override
    public void setCanonicalUrl(String canonicalUrl) {
        this.canonicalUrl = canonicalUrl;
    }

    @Override
    public GuideCategory getCategory() {
        return category;
    }

    @Override
    public void setCategory(GuideCategory category) {
        this.category = category;
    }

    @Override
    public Set<GuideTag> getTags() {
        return tags;
    }

    @Override
    public List<GuideProductLink> getProductLinks() {
        return productLinks;
    }

    @Override
    public GuideProductLink addProductLink(Product product) {
        GuideProductLinkImpl link = new GuideProductLinkImpl();
        link.setGuide(this);
        link.setProduct(product);
        link.setSequence(nextSequence(productLinks.isEmpty() ? null
                : productLinks.get(productLinks.size() - 1).getSequence()));
        productLinks.add(link);
        return link;
    }

    @Override
    public List<RelatedGuide> getRelatedGuides() {
        return relatedGuides;
    }

    @Override
    public RelatedGuide addRelatedGuide(Guide guide) {
        RelatedGuideImpl relation = new RelatedGuideImpl();
        relation.setGuide(this);
        relation.setRelatedGuide(guide);
        relation.setSequence(nextSequence(relatedGuides.isEmpty() ? null
                : relatedGuides.get(relatedGuides.size() - 1).getSequence()));
        relatedGuides.add(relation);
        return relation;
    }

    private static BigDecimal nextSequence(BigDecimal last) {
        return last == null ? BigDecimal.ONE : last.add(BigDecimal.ONE);
    }

    @Override
    public long getHelpfulVotes() {
        return helpfulVotes;
    }

    @Override
    public long getUnhelpfulVotes() {
        return unhelpfulVotes;
    }

    @Override
    public long getViewCount() {
        return viewCount;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public Date getUpdatedAt() {
        return updatedAt;
    }

    /** Guides that suggest this one. */
    List<RelatedGuide> getSuggestedBy() {
        return suggestedBy;
    }

    /** Called on every insert and update by {@link KnowledgeBaseEntityListener}. */
    void stampSaveTime(Date now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }
}
