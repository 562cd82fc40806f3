package io.concierge.core.kb;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GuideCategoryTreeTest {

    private GuideCategory category(Long id, String name, GuideCategory parent, int sequence) {
        GuideCategory category = KnowledgeBaseRulesTest.category(id, parent);
        category.setName(name);
        category.setSequence(sequence);
        return category;
    }

    @Test
    void arrangesCategoriesUnderTheirParentsInSequenceThenNameOrder() {
        GuideCategory running = category(1L, "Running", null, 2);
        GuideCategory hiking = category(2L, "Hiking", null, 1);
        GuideCategory shoes = category(3L, "Shoes", running, 0);
        GuideCategory apparel = category(4L, "Apparel", running, 0);
        GuideCategory laces = category(5L, "Laces", shoes, 0);

        List<GuideCategoryNode> roots = GuideCategoryTree.build(Arrays.asList(shoes, laces, running, apparel, hiking));

        assertThat(roots).extracting(n -> n.getCategory().getName()).containsExactly("Hiking", "Running");
        GuideCategoryNode runningNode = roots.get(1);
        assertThat(runningNode.getChildren()).extracting(n -> n.getCategory().getName())
                .containsExactly("Apparel", "Shoes");
        assertThat(runningNode.getChildren().get(1).getChildren()).extracting(n -> n.getCategory().getName())
                .containsExactly("Laces");
        assertThat(roots.get(0).getChildren()).isEmpty();
    }

    @Test
    void collectsACategoryWithEveryCategoryBelowIt() {
        GuideCategory running = category(1L, "Running", null, 0);
        GuideCategory shoes = category(3L, "Shoes", running, 0);
        GuideCategory laces = category(5L, "Laces", shoes, 0);
        GuideCategory hiking = category(2L, "Hiking", null, 0);
        List<GuideCategory> all = Arrays.asList(running, shoes, laces, hiking);

        assertThat(GuideCategoryTree.selfAndDescendantIds(all, 1L)).containsExactlyInAnyOrder(1L, 3L, 5L);
        assertThat(GuideCategoryTree.selfAndDescendantIds(all, 3L)).containsExactlyInAnyOrder(3L, 5L);
        assertThat(GuideCategoryTree.selfAndDescendantIds(all, 2L)).containsExactly(2L);
    }

    @Test
    void toleratesAParentLoopSavedThroughTheAdmin() {
        GuideCategory root = category(1L, "Root", null, 0);
        GuideCategory a = category(2L, "A", null, 0);
        GuideCategory b = category(3L, "B", a, 0);
        a.setParent(b);
        List<GuideCategory> all = Arrays.asList(root, a, b);

        assertThat(GuideCategoryTree.build(all)).extracting(n -> n.getCategory().getName()).containsExactly("Root");
        assertThat(GuideCategoryTree.selfAndDescendantIds(all, 2L)).containsExactlyInAnyOrder(2L, 3L);
    }
}
