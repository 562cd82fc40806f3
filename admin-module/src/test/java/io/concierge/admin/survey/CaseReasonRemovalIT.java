package io.concierge.admin.survey;

import io.concierge.core.helpcenter.cases.CaseReason;
import io.concierge.core.helpcenter.cases.CaseReasonImpl;
import io.concierge.core.survey.SurveyImpl;
import io.concierge.core.survey.SurveyKind;
import io.concierge.core.survey.SurveyReasonImpl;
import io.concierge.core.survey.SurveyTrigger;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandler;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a case reason as the admin does (the persistence package of its delete, in Broadleaf's transaction) while a
 * survey reason stands for it: the case reason goes, the survey reason stays without the link. The HTTP path is
 * {@code CaseReasonAdminWebIT} in the demo store.
 */
@ExtendWith(BroadleafContextExtension.class)
class CaseReasonRemovalIT {

    @Resource(name = "blCustomPersistenceHandlers")
    List<CustomPersistenceHandler> customPersistenceHandlers;

    @Resource(name = "cncCaseReasonRemovalPersistenceHandler")
    CaseReasonRemovalPersistenceHandler handler;

    @Resource(name = "blDynamicEntityDao")
    DynamicEntityDao dynamicEntityDao;

    @Resource(name = "blBasicPersistenceModule")
    RecordHelper recordHelper;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private long caseReason(String label) {
        return inTransaction(() -> {
            CaseReasonImpl reason = new CaseReasonImpl();
            reason.setLabel(label);
            em.persist(reason);
            return reason.getId();
        });
    }

    private long surveyReasonFor(Long caseReasonId, String label) {
        return inTransaction(() -> {
            SurveyImpl survey = new SurveyImpl();
            survey.setName("Case reason removal " + label);
            survey.setKind(SurveyKind.CSAT);
            survey.setTrigger(SurveyTrigger.AFTER_DELIVERY);
            survey.setActive(false);
            em.persist(survey);
            SurveyReasonImpl reason = SurveyReasonImpl.of(survey, label, 10);
            reason.setCaseReason(caseReasonId == null ? null : em.find(CaseReasonImpl.class, caseReasonId));
            em.persist(reason);
            return reason.getId();
        });
    }

    /** What the admin's delete of a case reason sends: its ceiling entity and the form's id. */
    private static PersistencePackage deleteOf(long caseReasonId) {
        Property id = new Property();
        id.setName("id");
        id.setValue(String.valueOf(caseReasonId));
        Entity entity = new Entity();
        entity.setType(new String[] {CaseReasonImpl.class.getName()});
        entity.setProperties(new Property[] {id});
        PersistencePackage persistencePackage = new PersistencePackage();
        persistencePackage.setCeilingEntityFullyQualifiedClassname(CaseReason.class.getName());
        persistencePackage.setEntity(entity);
        return persistencePackage;
    }

    private void delete(long caseReasonId) {
        // Broadleaf's persistence manager gives its (prototype) entity DAO the entity manager of the admin's target.
        dynamicEntityDao.setStandardEntityManager(em);
        inTransaction(() -> {
            try {
                handler.remove(deleteOf(caseReasonId), dynamicEntityDao, recordHelper);
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
            return null;
        });
    }

    @Test
    void broadleafAsksTheHandlerForTheDeleteOfACaseReasonOnly() {
        assertThat(customPersistenceHandlers).contains(handler);
        assertThat(handler.canHandleRemove(deleteOf(1))).isTrue();
        PersistencePackage other = deleteOf(1);
        other.setCeilingEntityFullyQualifiedClassname(SurveyReasonImpl.class.getName());
        assertThat(handler.canHandleRemove(other)).isFalse();
    }

    @Test
    void aCaseReasonASurveyReasonStandsForIsDeletedAndTheSurveyReasonStaysUnlinked() {
        String run = "Late " + System.nanoTime();
        long late = caseReason(run);
        long kept = caseReason(run + " (kept)");
        long linked = surveyReasonFor(late, run);
        long linkedToKept = surveyReasonFor(kept, run + " other");

        delete(late);

        inTransaction(() -> {
            assertThat(em.find(CaseReasonImpl.class, late)).isNull();
            SurveyReasonImpl unlinked = em.find(SurveyReasonImpl.class, linked);
            assertThat(unlinked).isNotNull();
            assertThat(unlinked.getLabelEn()).isEqualTo(run);
            assertThat(unlinked.getCaseReason()).isNull();
            assertThat(em.find(SurveyReasonImpl.class, linkedToKept).getCaseReason().getId()).isEqualTo(kept);
            return null;
        });
    }

    @Test
    void aCaseReasonNoSurveyReasonStandsForIsDeletedAsBefore() {
        long unused = caseReason("Unused " + System.nanoTime());

        delete(unused);

        assertThat(inTransaction(() -> em.find(CaseReasonImpl.class, unused))).isNull();
    }
}
