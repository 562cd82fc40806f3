package io.concierge.core.kb;

import io.concierge.core.kernel.LanguageType;
import org.broadleafcommerce.common.BroadleafEnumerationType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class GuideEnumerationsTest {

    /** What Broadleaf's admin does to fill the drop-down: read the static TYPES map and sort the values. */
    private static List<String> adminChoices(Class<?> enumeration) throws Exception {
        Field types = enumeration.getDeclaredField("TYPES");
        types.setAccessible(true);
        List<String> choices = new ArrayList<String>();
        for (Object value : new TreeSet<Object>(((Map<?, ?>) types.get(null)).values())) {
            choices.add(((BroadleafEnumerationType) value).getType() + "=" + ((BroadleafEnumerationType) value).getFriendlyType());
        }
        return choices;
    }

    @Test
    void theAdminListsTheStatusesInTheirLifeOrder() throws Exception {
        assertThat(adminChoices(GuideStatus.class)).containsExactly(
                "DRAFT=Draft", "SCHEDULED=Scheduled", "PUBLISHED=Published", "ARCHIVED=Archived");
    }

    @Test
    void theAdminListsTheStoresLanguages() throws Exception {
        assertThat(adminChoices(LanguageType.class)).containsExactly(
                "en=English", "pt_BR=Português (Brasil)", "es=Español");
    }

    @Test
    void publishedAndScheduledGuidesAreListed() {
        assertThat(GuideStatus.listedTypes()).containsExactly("SCHEDULED", "PUBLISHED");
        assertThat(GuideStatus.getInstance("ARCHIVED")).isSameAs(GuideStatus.ARCHIVED);
        assertThat(GuideStatus.getInstance("UNKNOWN")).isNull();
    }
}
