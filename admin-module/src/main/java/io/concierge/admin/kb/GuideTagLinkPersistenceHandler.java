package io.concierge.admin.kb;

import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideImpl;
import io.concierge.core.kb.GuideTag;
import io.concierge.core.kb.GuideTagImpl;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.presentation.client.PersistencePerspectiveItemType;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.ForeignKey;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.springframework.stereotype.Component;

import static io.concierge.admin.kernel.SubmittedIds.idValue;

/**
 * Puts a tag on a guide when the editor picks one in the guide's "Tags" list. Broadleaf's own lookup would add the
 * guide to the tag's side of the many-to-many, which Concierge maps as the read-only side: the guide owns its tags,
 * so that a change of tags is a change (a new version) of the guide and reaches the guide's change listeners.
 * Taking a tag off works through Broadleaf's own code, which already changes the guide's side.
 */
@Component("cncGuideTagLinkPersistenceHandler")
public class GuideTagLinkPersistenceHandler extends CustomPersistenceHandlerAdapter {

    /** The collection on {@link GuideImpl} this handler serves. */
    static final String GUIDE_TAGS_FIELD = "tags";

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        ForeignKey foreignKey = foreignKeyOf(persistencePackage);
        return isTag(persistencePackage.getCeilingEntityFullyQualifiedClassname()) && foreignKey != null
                && GUIDE_TAGS_FIELD.equals(foreignKey.getOriginatingField())
                && GuideImpl.class.getName().equals(foreignKey.getForeignKeyClass());
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity submitted = persistencePackage.getEntity();
        Long tagId = idValue(submitted, "id");
        Long guideId = idValue(submitted, foreignKeyOf(persistencePackage).getManyToField());
        Guide guide = tagId == null || guideId == null ? null
                : (Guide) dynamicEntityDao.retrieve(GuideImpl.class, guideId);
        GuideTag tag = guide == null ? null : (GuideTag) dynamicEntityDao.retrieve(GuideTagImpl.class, tagId);
        if (tag == null) {
            throw new ServiceException("The guide or the tag to put on it does not exist (guide " + guideId
                    + ", tag " + tagId + ")");
        }
        guide.getTags().add(tag);
        dynamicEntityDao.merge(guide);
        return helper.getRecord(GuideTagImpl.class, persistencePackage.getPersistencePerspective(), tag);
    }

    private static boolean isTag(String className) {
        return GuideTag.class.getName().equals(className) || GuideTagImpl.class.getName().equals(className);
    }

    private static ForeignKey foreignKeyOf(PersistencePackage persistencePackage) {
        return persistencePackage.getPersistencePerspective() == null ? null
                : (ForeignKey) persistencePackage.getPersistencePerspective().getPersistencePerspectiveItems()
                .get(PersistencePerspectiveItemType.FOREIGNKEY);
    }
}
