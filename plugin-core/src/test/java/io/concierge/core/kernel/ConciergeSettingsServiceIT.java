package io.concierge.core.kernel;

import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(BroadleafContextExtension.class)
class ConciergeSettingsServiceIT {

    @Resource(name = "cncSettingsService")
    ConciergeSettingsService settingsService;

    @AfterEach
    void restoreSeededSettings() {
        ConciergeSettings settings = settingsService.currentSettings();
        for (Capability capability : Capability.values()) {
            settings.setEnabled(capability, true);
        }
        settings.setGuidesPerPage(12);
        settingsService.save(settings);
    }

    @Test
    void readsTheSeededStoreSettingsThroughBroadleafsPersistenceUnit() {
        ConciergeSettings settings = settingsService.currentSettings();

        assertThat(settings.getId()).isEqualTo(-1L);
        assertThat(settings.getGuidesPerPage()).isEqualTo(12);
        for (Capability capability : Capability.values()) {
            assertThat(settings.isEnabled(capability)).as(capability.name()).isTrue();
        }
    }

    @Test
    void aSavedSwitchIsSeenByTheNextRead() {
        ConciergeSettings settings = settingsService.currentSettings();
        settings.setEnabled(Capability.LOYALTY, false);
        settings.setGuidesPerPage(24);
        settingsService.save(settings);

        ConciergeSettings reread = settingsService.currentSettings();
        assertThat(reread.isEnabled(Capability.LOYALTY)).isFalse();
        assertThat(reread.isEnabled(Capability.KNOWLEDGE_BASE)).isTrue();
        assertThat(reread.getGuidesPerPage()).isEqualTo(24);
        assertThat(settingsService.isEnabled(Capability.LOYALTY)).isFalse();
    }

    @Test
    void anOutOfRangeOptionIsRefusedAndNothingChanges() {
        ConciergeSettings settings = settingsService.currentSettings();
        settings.setEnabled(Capability.SURVEYS, false);
        settings.setGuidesPerPage(0);

        assertThatThrownBy(() -> settingsService.save(settings))
                .isInstanceOf(InvalidSettingsException.class)
                .satisfies(e -> assertThat(((InvalidSettingsException) e).getFieldErrors())
                        .containsOnlyKeys("guidesPerPage"));

        ConciergeSettings reread = settingsService.currentSettings();
        assertThat(reread.isEnabled(Capability.SURVEYS)).isTrue();
        assertThat(reread.getGuidesPerPage()).isEqualTo(12);
    }
}
