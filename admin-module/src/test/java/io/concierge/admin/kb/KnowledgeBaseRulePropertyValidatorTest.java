package io.concierge.admin.kb;

import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideCategory;
import io.concierge.core.kb.GuideCategoryImpl;
import io.concierge.core.kb.GuideImpl;
import io.concierge.core.kb.GuideStatus;
import io.concierge.core.kb.KnowledgeBaseRules;
import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeBaseRulePropertyValidatorTest {

    private static Guide guide(GuideStatus status, Date publishAt) {
        Guide guide = new GuideImpl();
        guide.setTitle("Tent care");
        guide.setStatus(status);
        guide.setPublishAt(publishAt);
        return guide;
    }

    private static GuideCategory category(long id, GuideCategory parent) {
        GuideCategory category = new GuideCategoryImpl();
        category.setId(id);
        category.setName("Category " + id);
        category.setParent(parent);
        return category;
    }

    @Test
    void aScheduledGuideNeedsAPublishTime() {
        assertThat(KnowledgeBaseRulePropertyValidator.violation(guide(GuideStatus.SCHEDULED, null), "publishAt"))
                .isEqualTo(KnowledgeBaseRules.PUBLISH_AT_REQUIRED);
        assertThat(KnowledgeBaseRulePropertyValidator.violation(guide(GuideStatus.SCHEDULED, new Date()),
                "publishAt")).isNull();
        assertThat(KnowledgeBaseRulePropertyValidator.violation(guide(GuideStatus.DRAFT, null), "publishAt"))
                .isNull();
    }

    @Test
    void aCategoryMayNotBeFiledUnderItselfOrItsDescendants() {
        GuideCategory top = category(1, null);
        GuideCategory middle = category(2, top);
        GuideCategory bottom = category(3, middle);

        top.setParent(bottom);
        assertThat(KnowledgeBaseRulePropertyValidator.violation(top, "parent"))
                .isEqualTo(KnowledgeBaseRules.PARENT_CYCLE);
        top.setParent(top);
        assertThat(KnowledgeBaseRulePropertyValidator.violation(top, "parent"))
                .isEqualTo(KnowledgeBaseRules.PARENT_CYCLE);
        top.setParent(null);
        assertThat(KnowledgeBaseRulePropertyValidator.violation(category(4, middle), "parent")).isNull();
        assertThat(KnowledgeBaseRulePropertyValidator.violation(category(5, null), "parent")).isNull();
    }

    @Test
    void judgesOnlyTheFieldsItKnows() {
        assertThat(KnowledgeBaseRulePropertyValidator.violation(guide(GuideStatus.SCHEDULED, null), "title"))
                .isNull();
        assertThat(KnowledgeBaseRulePropertyValidator.violation("not a record", "publishAt")).isNull();
    }
}
