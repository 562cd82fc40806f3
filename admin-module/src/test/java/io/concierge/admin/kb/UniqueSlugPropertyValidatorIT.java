package io.concierge.admin.kb;

import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideCategory;
import io.concierge.core.kb.GuideCategoryImpl;
import io.concierge.core.kb.GuideCategoryService;
import io.concierge.core.kb.GuideImpl;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.GuideStatus;
import io.concierge.core.kb.GuideTag;
import io.concierge.core.kb.GuideTagImpl;
import io.concierge.core.kb.GuideTagService;
import io.concierge.core.kb.KnowledgeBaseRules;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slug uniqueness check of the admin forms, against the real knowledge-base tables, with the validator Broadleaf
 * finds under the bean name that the entities' annotations give.
 */
@ExtendWith(BroadleafContextExtension.class)
class UniqueSlugPropertyValidatorIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    @Resource(name = "cncGuideService")
    GuideService guideService;

    @Resource(name = "cncGuideCategoryService")
    GuideCategoryService categoryService;

    @Resource(name = "cncGuideTagService")
    GuideTagService tagService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private static String unique(String slug) {
        return slug + "-" + SEQUENCE.incrementAndGet();
    }

    /** The validator and its configuration exactly as the slug field of {@code entityClass} declares them. */
    private PropertyValidationResult validateSlug(Class<?> entityClass, Serializable record, String slug,
                                                  String sourceField, String sourceValue) throws Exception {
        ValidationConfiguration declared = uniqueSlugConfiguration(entityClass);
        Map<String, String> configuration = new HashMap<String, String>();
        for (ConfigurationItem item : declared.configurationItems()) {
            configuration.put(item.itemName(), item.itemValue());
        }
        Property source = new Property();
        source.setName(sourceField);
        source.setValue(sourceValue);
        Entity submitted = new Entity();
        submitted.setType(new String[] {entityClass.getName()});
        submitted.setProperties(new Property[] {source});
        PropertyValidator validator =
                context.getBean(declared.validationImplementation(), PropertyValidator.class);
        return validator.validate(submitted, record, null, configuration, null, "slug", slug);
    }

    private static ValidationConfiguration uniqueSlugConfiguration(Class<?> entityClass) throws Exception {
        AdminPresentation presentation =
                entityClass.getDeclaredField("slug").getAnnotation(AdminPresentation.class);
        for (ValidationConfiguration configuration : presentation.validationConfigurations()) {
            if ("cncUniqueSlugPropertyValidator".equals(configuration.validationImplementation())) {
                return configuration;
            }
        }
        throw new AssertionError(entityClass.getSimpleName() + ".slug declares no Concierge validator");
    }

    private Guide savedGuide(String title, String slug) {
        Guide guide = guideService.create();
        guide.setTitle(title);
        guide.setSlug(slug);
        guide.setStatus(GuideStatus.DRAFT);
        return guideService.save(guide);
    }

    @Test
    void everyConciergeValidatorTheKnowledgeBaseEntitiesNameIsABeanOfTheAdminContext() {
        List<String> named = new ArrayList<String>();
        for (Class<?> entityClass : new Class<?>[] {GuideImpl.class, GuideCategoryImpl.class, GuideTagImpl.class}) {
            for (Field field : entityClass.getDeclaredFields()) {
                AdminPresentation presentation = field.getAnnotation(AdminPresentation.class);
                for (ValidationConfiguration configuration : presentation == null ? new ValidationConfiguration[0]
                        : presentation.validationConfigurations()) {
                    named.add(configuration.validationImplementation());
                }
            }
        }

        assertThat(named).contains("cncUniqueSlugPropertyValidator", "cncKnowledgeBaseRulePropertyValidator");
        for (String beanName : named) {
            assertThat(context.getBean(beanName)).isInstanceOf(PropertyValidator.class);
        }
    }

    @Test
    void everyKnowledgeBaseSlugNamesThisValidatorWithTheSlugTakenMessage() throws Exception {
        for (Class<?> entityClass : new Class<?>[] {GuideImpl.class, GuideCategoryImpl.class, GuideTagImpl.class}) {
            ValidationConfiguration configuration = uniqueSlugConfiguration(entityClass);

            assertThat(context.getBean(configuration.validationImplementation()))
                    .isInstanceOf(UniqueSlugPropertyValidator.class);
            Map<String, String> items = new HashMap<String, String>();
            for (ConfigurationItem item : configuration.configurationItems()) {
                items.put(item.itemName(), item.itemValue());
            }
            assertThat(items).containsEntry(ConfigurationItem.ERROR_MESSAGE, KnowledgeBaseRules.SLUG_TAKEN)
                    .containsKey(UniqueSlugPropertyValidator.SLUG_SOURCE);
        }
    }

    @Test
    void aNewGuideMayNotTakeTheSlugOfAStoredOne() throws Exception {
        String slug = unique("tent-care");
        savedGuide("Tent care", slug);

        PropertyValidationResult result = validateSlug(GuideImpl.class, new GuideImpl(), slug, "title", "Tent care");

        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrorMessage()).isEqualTo(KnowledgeBaseRules.SLUG_TAKEN);
        assertThat(validateSlug(GuideImpl.class, new GuideImpl(), unique("free"), "title", "Free").isValid())
                .isTrue();
    }

    @Test
    void anEmptySlugIsCheckedAsTheSlugDerivedFromTheTitle() throws Exception {
        String title = "Waterproofing boots " + SEQUENCE.incrementAndGet();
        savedGuide(title, null);

        assertThat(validateSlug(GuideImpl.class, new GuideImpl(), "", "title", title).isValid()).isFalse();
    }

    @Test
    void anEditedGuideKeepsItsOwnSlug() throws Exception {
        String slug = unique("boot-care");
        Guide stored = savedGuide("Boot care", slug);

        Guide edited = guideService.findById(stored.getId());

        assertThat(validateSlug(GuideImpl.class, edited, slug, "title", "Boot care").isValid())
                .isTrue();
    }

    /**
     * The admin applies the submitted values to the managed guide before validating it; the check must refuse the
     * duplicate without flushing it into the database first.
     */
    @Test
    void aManagedGuideChangedToAnotherGuidesSlugIsRefusedWithoutWritingIt() throws Exception {
        final String takenSlug = unique("stove-care");
        final String ownSlug = unique("lamp-care");
        savedGuide("Stove care", takenSlug);
        final Guide lamp = savedGuide("Lamp care", ownSlug);

        PropertyValidationResult result = new TransactionTemplate(transactionManager).execute(
                new TransactionCallback<PropertyValidationResult>() {
                    @Override
                    public PropertyValidationResult doInTransaction(TransactionStatus status) {
                        GuideImpl managed = em.find(GuideImpl.class, lamp.getId());
                        managed.setSlug(takenSlug);
                        try {
                            return validateSlug(GuideImpl.class, managed, takenSlug, "title", "Lamp care");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        } finally {
                            status.setRollbackOnly();
                        }
                    }
                });

        assertThat(result.isValid()).isFalse();
        assertThat(guideService.findById(lamp.getId()).getSlug()).isEqualTo(ownSlug);
    }

    @Test
    void categoriesAndTagsAreCheckedAmongTheirOwnKind() throws Exception {
        int n = SEQUENCE.incrementAndGet();
        String name = "Camping " + n;
        String slug = "camping-" + n;
        GuideCategory category = categoryService.create();
        category.setName(name);
        categoryService.save(category);

        assertThat(validateSlug(GuideCategoryImpl.class, new GuideCategoryImpl(), slug, "name", name).isValid())
                .isFalse();
        // A tag may share a category's slug: they live under different addresses.
        assertThat(validateSlug(GuideTagImpl.class, new GuideTagImpl(), slug, "name", name).isValid()).isTrue();

        GuideTag tag = tagService.create();
        tag.setName(name);
        tagService.save(tag);
        assertThat(validateSlug(GuideTagImpl.class, new GuideTagImpl(), "", "name", name).isValid()).isFalse();
    }
}
