package io.concierge.core.kernel;

import io.concierge.core.kb.KnowledgeBaseOptions;
import io.concierge.core.kb.KnowledgeBaseOptionsImpl;
import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kernel's switches and options rows on a real database, with the knowledge base and the help center installed. */
@ExtendWith(BroadleafContextExtension.class)
class CapabilitySwitchesIT {

    @Resource(name = "cncCapabilitySwitches")
    CapabilitySwitchService switches;

    @Resource(name = "cncCapabilityRows")
    CapabilityRows capabilityRows;

    @Resource(name = "cncStoreOptions")
    StoreOptionsService storeOptions;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @AfterEach
    void knowledgeBaseOnWithDefaults() {
        switches.setOn("kb", true);
        KnowledgeBaseOptions options = storeOptions.read(KnowledgeBaseOptionsImpl.class);
        options.setGuidesPerPage(12);
        storeOptions.save(options);
    }

    @Test
    void onlyInstalledCapabilitiesExistAndTheyStartOn() {
        CapabilityStates states = switches.currentStates();

        assertThat(states.all().keySet()).containsExactly("kb", "helpcenter", "guidance", "loyalty", "survey");
        assertThat(states.isOn("kb")).isTrue();
        assertThat(states.isOn("giftcards")).as("not installed").isFalse();
        assertThatThrownBy(() -> switches.setOn("giftcards", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSwitchTurnedOffIsReadOffByTheNextCall() {
        switches.setOn("kb", false);

        assertThat(switches.isOn("kb")).isFalse();
        assertThat(switches.currentStates().switchedOn()).containsExactly("helpcenter", "guidance", "loyalty", "survey");
    }

    @Test
    void aDatabaseWithoutTheRowsGetsThemOnceAtTheNextStart() {
        assertThat(capabilityRows.createMissing()).as("made at this context's start").isEmpty();
        new TransactionTemplate(transactionManager).execute(status -> {
            em.createQuery("delete from CapabilitySwitchImpl").executeUpdate();
            return em.createQuery("delete from KnowledgeBaseOptionsImpl").executeUpdate();
        });
        assertThat(storeOptions.read(KnowledgeBaseOptionsImpl.class).getId()).as("unsaved defaults").isNull();
        assertThat(switches.isOn("kb")).as("a missing switch is on").isTrue();

        assertThat(capabilityRows.createMissing()).containsExactly("kb switch", "kb options", "helpcenter switch",
                "guidance switch", "loyalty switch", "survey switch");
        assertThat(capabilityRows.createMissing()).isEmpty();

        KnowledgeBaseOptions options = storeOptions.read(KnowledgeBaseOptionsImpl.class);
        assertThat(options.getId()).isEqualTo(StoreOptions.STORE_ROW_ID);
        assertThat(options.getGuidesPerPage()).isEqualTo(12);
        assertThat(em.createQuery("select count(s) from CapabilitySwitchImpl s", Long.class).getSingleResult())
                .isEqualTo(5L);
    }

    @Test
    void optionsThatBreakARuleAreRefusedAndNothingIsSaved() {
        KnowledgeBaseOptions options = storeOptions.read(KnowledgeBaseOptionsImpl.class);
        options.setGuidesPerPage(KnowledgeBaseOptions.MAX_GUIDES_PER_PAGE + 1);

        assertThatThrownBy(() -> storeOptions.save(options))
                .isInstanceOf(InvalidOptionsException.class)
                .satisfies(e -> assertThat(((InvalidOptionsException) e).getFieldErrors())
                        .containsEntry("guidesPerPage", "KnowledgeBaseOptionsImpl_guidesPerPage_range"));
        assertThat(storeOptions.read(KnowledgeBaseOptionsImpl.class).getGuidesPerPage()).isEqualTo(12);

        options.setGuidesPerPage(30);
        storeOptions.save(options);
        assertThat(storeOptions.read(KnowledgeBaseOptionsImpl.class).getGuidesPerPage()).isEqualTo(30);
    }
}
