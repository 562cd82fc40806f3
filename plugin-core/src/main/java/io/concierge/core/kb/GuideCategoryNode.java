package io.concierge.core.kb;

import java.util.Collections;
import java.util.List;

/** A category with its sub-categories, for navigation. */
public final class GuideCategoryNode {

    private final GuideCategory category;
    private final List<GuideCategoryNode> children;

    GuideCategoryNode(GuideCategory category, List<GuideCategoryNode> children) {
        this.category = category;
        this.children = Collections.unmodifiableList(children);
    }

    public GuideCategory getCategory() {
        return category;
    }

    /** In the editors' order (sequence, then name). */
    public List<GuideCategoryNode> getChildren() {
        return children;
    }
}
