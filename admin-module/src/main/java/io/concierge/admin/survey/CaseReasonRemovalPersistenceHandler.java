package io.concierge.admin.survey;

import io.concierge.core.helpcenter.cases.CaseReason;
import io.concierge.core.helpcenter.cases.CaseReasonImpl;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.springframework.stereotype.Component;

import java.io.Serializable;

import static io.concierge.admin.kernel.SubmittedIds.idValue;

/**
 * Deletes a help-center case reason from the admin even when survey reasons stand for it: their link is cleared in
 * the same transaction (they stay on the survey, and a follow-up giving them no longer classifies the case), where
 * Broadleaf's own delete would fail on {@code CNC_SURVEY_REASON}'s foreign key and delete nothing. It lives with the
 * surveys because they own that link; without the surveys installed Broadleaf's delete is the right one.
 */
@Component("cncCaseReasonRemovalPersistenceHandler")
public class CaseReasonRemovalPersistenceHandler extends CustomPersistenceHandlerAdapter {

    @Override
    public Boolean canHandleRemove(PersistencePackage persistencePackage) {
        String className = persistencePackage.getCeilingEntityFullyQualifiedClassname();
        return CaseReason.class.getName().equals(className) || CaseReasonImpl.class.getName().equals(className);
    }

    @Override
    public void remove(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Long id = persistencePackage.getEntity() == null ? null : idValue(persistencePackage.getEntity(), "id");
        CaseReason reason = id == null ? null : (CaseReason) dynamicEntityDao.retrieve(CaseReasonImpl.class, id);
        if (reason == null) {
            throw new ServiceException("There is no case reason " + id + " to delete");
        }
        dynamicEntityDao.getStandardEntityManager()
                .createQuery("update SurveyReasonImpl set caseReason = null where caseReason = :reason")
                .setParameter("reason", reason)
                .executeUpdate();
        dynamicEntityDao.remove((Serializable) reason);
    }
}
