package io.concierge.core.helpcenter.faq;

import io.concierge.core.kernel.Language;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationAdornedTargetCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;
import org.hibernate.annotations.Type;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

/**
 * JPA mapping of {@link FaqEntry} (table CNC_FAQ_ENTRY), edited in the Broadleaf admin. The counters are written
 * by single update statements only ({@code updatable = false}), so an editor's save never puts back a stale count.
 */
@Entity
@Table(name = "CNC_FAQ_ENTRY")
@EntityListeners(FaqEntityListener.class)
@AdminPresentationClass(friendlyName = "FaqEntryImpl_friendly")
public class FaqEntryImpl implements FaqEntry, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    static final String TAB_ENTRY = "FaqEntryImpl_tabEntry";
    static final String TAB_PRODUCTS = "FaqEntryImpl_tabProducts";
    /** Bean id of the admin module's validator for {@link FaqRules} (an empty answer is markup alone, too). */
    static final String RULE_VALIDATOR = "cncFaqRulePropertyValidator";

    @Id
    @GeneratedValue(generator = "FaqEntryId")
    @GenericGenerator(name = "FaqEntryId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "FaqEntryImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.faq.FaqEntryImpl")})
    @Column(name = "FAQ_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    /** Starts at 0: Broadleaf links product rows through a fresh instance carrying only the id. */
    @Version
    @Column(name = "VERSION")
    @AdminPresentation(excluded = true)
    protected Long version = 0L;

    @Column(name = "QUESTION", nullable = false, length = QUESTION_MAX_LENGTH)
    @AdminPresentation(friendlyName = "FaqEntryImpl_question", order = 1000, prominent = true, gridOrder = 1,
            tab = TAB_ENTRY, tabOrder = 1, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RULE_VALIDATOR))
    protected String question;

    @Lob
    @Type(type = "org.hibernate.type.StringClobType")
    @Column(name = "ANSWER", nullable = false, length = Integer.MAX_VALUE - 1)
    @AdminPresentation(friendlyName = "FaqEntryImpl_answer", order = 2000, largeEntry = true,
            fieldType = SupportedFieldType.HTML_BASIC, tab = TAB_ENTRY, tabOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RULE_VALIDATOR))
    protected String answer;

    @Column(name = "CATEGORY", length = CATEGORY_MAX_LENGTH)
    @AdminPresentation(friendlyName = "FaqEntryImpl_category", order = 3000, prominent = true, gridOrder = 2,
            helpText = "FaqEntryImpl_category_help", tab = TAB_ENTRY, tabOrder = 1)
    protected String category;

    @Column(name = "LOCALE", nullable = false, length = 10)
    @AdminPresentation(friendlyName = "FaqEntryImpl_locale", order = 4000, prominent = true, gridOrder = 3,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.kernel.LanguageType",
            tab = TAB_ENTRY, tabOrder = 1, requiredOverride = RequiredOverride.REQUIRED)
    protected String locale = Language.ENGLISH.code();

    @Column(name = "DISPLAY_ORDER", nullable = false)
    @AdminPresentation(friendlyName = "FaqEntryImpl_displayOrder", order = 5000, prominent = true, gridOrder = 4,
            tab = TAB_ENTRY, tabOrder = 1, requiredOverride = RequiredOverride.NOT_REQUIRED)
    protected Integer displayOrder = 0;

    @Column(name = "PUBLISHED", nullable = false)
    @AdminPresentation(friendlyName = "FaqEntryImpl_published", order = 6000, prominent = true, gridOrder = 5,
            tab = TAB_ENTRY, tabOrder = 1)
    protected boolean published;

    @OneToMany(mappedBy = "entry", targetEntity = FaqProductLinkImpl.class, cascade = CascadeType.ALL,
            orphanRemoval = true)
    @OrderBy("sequence")
    @AdminPresentationAdornedTargetCollection(friendlyName = "FaqEntryImpl_productLinks", order = 1000,
            tab = TAB_PRODUCTS, tabOrder = 2,
            parentObjectProperty = "entry", targetObjectProperty = "product", sortProperty = "sequence",
            gridVisibleFields = {"defaultSku.name"})
    protected List<FaqProductLink> productLinks = new ArrayList<FaqProductLink>();

    @Column(name = "VIEW_COUNT", nullable = false, updatable = false)
    @AdminPresentation(friendlyName = "FaqEntryImpl_viewCount", order = 7000, readOnly = true, gridOrder = 6,
            prominent = true, requiredOverride = RequiredOverride.NOT_REQUIRED, tab = TAB_ENTRY, tabOrder = 1)
    protected Long viewCount = 0L;

    @Column(name = "SOLVED_COUNT", nullable = false, updatable = false)
    @AdminPresentation(friendlyName = "FaqEntryImpl_solvedCount", order = 8000, readOnly = true,
            requiredOverride = RequiredOverride.NOT_REQUIRED, tab = TAB_ENTRY, tabOrder = 1)
    protected Long solvedCount = 0L;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "FaqEntryImpl_updatedAt", order = 9000, readOnly = true,
            requiredOverride = RequiredOverride.NOT_REQUIRED, tab = TAB_ENTRY, tabOrder = 1)
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
        return question;
    }

    @Override
    public String getQuestion() {
        return question;
    }

    @Override
    public void setQuestion(String question) {
        this.question = question;
    }

    @Override
    public String getAnswer() {
        return answer;
    }

    @Override
    public void setAnswer(String answer) {
        this.answer = answer;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public void setCategory(String category) {
        this.category = category;
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
    public int getDisplayOrder() {
        return displayOrder == null ? 0 : displayOrder;
    }

    @Override
    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    @Override
    public boolean isPublished() {
        return published;
    }

    @Override
    public void setPublished(boolean published) {
        this.published = published;
    }

    @Override
    public long getViewCount() {
        return viewCount == null ? 0 : viewCount;
    }

    @Override
    public long getSolvedCount() {
        return solvedCount == null ? 0 : solvedCount;
    }

    @Override
    public List<FaqProductLink> getProductLinks() {
        return productLinks;
    }

    @Override
    public Date getUpdatedAt() {
        return updatedAt == null ? null : new Date(updatedAt.getTime());
    }

    /** Also fills what the admin may leave empty (an empty position is 0). */
    void stampSaveTime(Date now) {
        updatedAt = now;
        if (displayOrder == null) {
            displayOrder = 0;
        }
        if (viewCount == null) {
            viewCount = 0L;
        }
        if (solvedCount == null) {
            solvedCount = 0L;
        }
    }
}
