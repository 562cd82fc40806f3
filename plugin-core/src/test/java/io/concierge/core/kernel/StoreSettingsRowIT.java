package io.concierge.core.kernel;

import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BroadleafContextExtension.class)
class StoreSettingsRowIT {

    @Resource(name = "cncStoreSettingsRow")
    StoreSettingsRow settingsRow;

    @Resource(name = "cncSettingsService")
    ConciergeSettingsService settingsService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void aDatabaseWithoutSettingsGetsTheDefaultRowOnceAtTheNextStart() {
        assertThat(settingsRow.createIfMissing()).as("created at this context's start").isFalse();
        new TransactionTemplate(transactionManager).execute(
                status -> em.createQuery("delete from ConciergeSettingsImpl").executeUpdate());
        assertThat(settingsService.currentSettings().getId()).as("unsaved defaults").isNull();

        assertThat(settingsRow.createIfMissing()).isTrue();
        assertThat(settingsRow.createIfMissing()).isFalse();

        ConciergeSettings settings = settingsService.currentSettings();
        assertThat(settings.getId()).isEqualTo(StoreSettingsRow.STORE_SETTINGS_ID);
        assertThat(settings.getGuidesPerPage()).isEqualTo(12);
        for (Capability capability : Capability.values()) {
            assertThat(settings.isEnabled(capability)).as(capability.name()).isTrue();
        }
    }
}
