package io.concierge.admin.kb;

import io.concierge.core.kb.GuideImpl;
import io.concierge.core.kb.GuideTagImpl;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.presentation.client.PersistencePerspectiveItemType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.ForeignKey;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.PersistencePerspective;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class GuideTagLinkPersistenceHandlerTest {

    private final GuideTagLinkPersistenceHandler handler = new GuideTagLinkPersistenceHandler();
    private final DynamicEntityDao dao = mock(DynamicEntityDao.class);
    private final RecordHelper helper = mock(RecordHelper.class);

    /** What Broadleaf sends when the editor picks tag {@code tagId} in the "Tags" list of guide {@code guideId}. */
    private static PersistencePackage pickTag(String ceilingEntity, String originatingField, String tagId,
                                              String guideId) {
        ForeignKey foreignKey = new ForeignKey("guides", GuideImpl.class.getName());
        foreignKey.setOriginatingField(originatingField);
        PersistencePerspective perspective = new PersistencePerspective();
        perspective.addPersistencePerspectiveItem(PersistencePerspectiveItemType.FOREIGNKEY, foreignKey);
        Entity entity = new Entity();
        entity.setType(new String[] {ceilingEntity});
        entity.setProperties(new Property[] {property("id", tagId), property("guides", guideId)});
        PersistencePackage persistencePackage = new PersistencePackage();
        persistencePackage.setCeilingEntityFullyQualifiedClassname(ceilingEntity);
        persistencePackage.setPersistencePerspective(perspective);
        persistencePackage.setEntity(entity);
        return persistencePackage;
    }

    private static Property property(String name, String value) {
        Property property = new Property();
        property.setName(name);
        property.setValue(value);
        return property;
    }

    @Test
    void handlesOnlyPickingATagForAGuide() {
        assertThat(handler.canHandleAdd(pickTag(GuideTagImpl.class.getName(), "tags", "3", "7"))).isTrue();
        assertThat(handler.canHandleAdd(pickTag("io.concierge.core.kb.GuideTag", "tags", "3", "7"))).isTrue();
        assertThat(handler.canHandleAdd(pickTag(GuideTagImpl.class.getName(), "other", "3", "7"))).isFalse();
        assertThat(handler.canHandleAdd(pickTag("org.example.Other", "tags", "3", "7"))).isFalse();
        assertThat(handler.canHandleAdd(new PersistencePackage())).isFalse();
    }

    @Test
    void putsTheTagOnTheGuidesSideSoThatTheGuideChanges() throws ServiceException {
        GuideImpl guide = new GuideImpl();
        GuideTagImpl tag = new GuideTagImpl();
        when(dao.retrieve(GuideImpl.class, 7L)).thenReturn(guide);
        when(dao.retrieve(GuideTagImpl.class, 3L)).thenReturn(tag);
        PersistencePackage picked = pickTag(GuideTagImpl.class.getName(), "tags", "3", "7");

        handler.add(picked, dao, helper);

        assertThat(guide.getTags()).containsExactly(tag);
        verify(dao).merge(guide);
        verify(helper).getRecord(GuideTagImpl.class, picked.getPersistencePerspective(), tag);
    }

    @Test
    void refusesUnknownGuidesAndTagsWithoutChangingAnything() {
        when(dao.retrieve(GuideImpl.class, 7L)).thenReturn(new GuideImpl());

        assertThatThrownBy(() -> handler.add(pickTag(GuideTagImpl.class.getName(), "tags", "99", "7"), dao, helper))
                .isInstanceOf(ServiceException.class);
        assertThatThrownBy(() -> handler.add(pickTag(GuideTagImpl.class.getName(), "tags", "x", "7"), dao, helper))
                .isInstanceOf(ServiceException.class);
        verify(dao, never()).merge(any());
    }
}
