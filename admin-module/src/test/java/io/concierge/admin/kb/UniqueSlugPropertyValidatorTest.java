package io.concierge.admin.kb;

import io.concierge.core.kb.GuideImpl;
import io.concierge.core.kb.KnowledgeBaseRules;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class UniqueSlugPropertyValidatorTest {

    private final UniqueSlugPropertyValidator validator = new UniqueSlugPropertyValidator();
    private final GuideImpl edited = new GuideImpl();
    private final Map<String, String> configuration = new HashMap<String, String>();

    @BeforeEach
    void setUp() {
        validator.slugHolders = mock(SlugHolders.class);
        when(validator.slugHolders.idOf(edited)).thenReturn(7L);
        configuration.put(UniqueSlugPropertyValidator.SLUG_SOURCE, "title");
        configuration.put(ConfigurationItem.ERROR_MESSAGE, KnowledgeBaseRules.SLUG_TAKEN);
    }

    private PropertyValidationResult validate(String slug, String title) {
        return validator.validate(entity(title), edited, null, configuration, null, "slug", slug);
    }

    private static Entity entity(String title) {
        Property titleProperty = new Property();
        titleProperty.setName("title");
        titleProperty.setValue(title);
        Entity entity = new Entity();
        entity.setType(new String[] {GuideImpl.class.getName()});
        entity.setProperties(new Property[] {titleProperty});
        return entity;
    }

    @Test
    void refusesASlugAnotherRecordHoldsWithTheConfiguredMessage() {
        when(validator.slugHolders.holderId(edited, "slug", "tent-care")).thenReturn(3L);

        PropertyValidationResult result = validate("tent-care", "Tent care");

        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrorMessage()).isEqualTo(KnowledgeBaseRules.SLUG_TAKEN);
    }

    @Test
    void letsTheEditedRecordKeepItsOwnSlug() {
        when(validator.slugHolders.holderId(edited, "slug", "tent-care")).thenReturn(7L);

        assertThat(validate("tent-care", "Tent care").isValid()).isTrue();
    }

    @Test
    void acceptsAFreeSlug() {
        assertThat(validate("tent-care", "Tent care").isValid()).isTrue();
        verify(validator.slugHolders).holderId(edited, "slug", "tent-care");
    }

    @Test
    void checksAnEmptySlugAsTheOneTheSaveWillDeriveFromTheSourceField() {
        when(validator.slugHolders.holderId(edited, "slug", "como-cuidar-da-barraca")).thenReturn(3L);

        assertThat(validate("  ", "Como cuidar da barraca").isValid()).isFalse();
        assertThat(validate(null, "Como cuidar da barraca").isValid()).isFalse();
    }

    @Test
    void checksTheTrimmedSlugTheSaveWillStore() {
        when(validator.slugHolders.holderId(edited, "slug", "tent-care")).thenReturn(3L);

        assertThat(validate(" tent-care ", "Tent care").isValid()).isFalse();
    }

    @Test
    void leavesMalformedSlugsToTheFormatCheckAndAMissingTitleToItsOwnRequiredCheck() {
        assertThat(validate("Tent Care", "Tent care").isValid()).isTrue();
        assertThat(validate("", "").isValid()).isTrue();
        assertThat(validate(null, null).isValid()).isTrue();
        verify(validator.slugHolders, never()).holderId(any(), anyString(), anyString());
    }

    @Test
    void requiresASlugWhenNoneCanBeDerivedFromTheTitle() {
        PropertyValidationResult result = validate("", "!!! ???");

        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrorMessage()).isEqualTo(KnowledgeBaseRules.REQUIRED);
    }
}
