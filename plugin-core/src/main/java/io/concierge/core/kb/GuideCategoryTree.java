package io.concierge.core.kb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arranges the flat list of categories into a tree. Safe against a parent loop saved through the admin: the
 * categories of such a loop hang under no root and are left out of the tree, and no walk runs forever.
 */
public final class GuideCategoryTree {

    private static final Comparator<GuideCategory> EDITORS_ORDER = new Comparator<GuideCategory>() {
        @Override
        public int compare(GuideCategory a, GuideCategory b) {
            int bySequence = Integer.compare(a.getSequence(), b.getSequence());
            return bySequence != 0 ? bySequence : String.valueOf(a.getName()).compareTo(String.valueOf(b.getName()));
        }
    };

    private GuideCategoryTree() {
    }

    /** The top-level categories, each with its sub-categories, in the editors' order. */
    public static List<GuideCategoryNode> build(Collection<? extends GuideCategory> categories) {
        Map<Long, List<GuideCategory>> childrenByParent = childrenByParentId(categories);
        List<GuideCategoryNode> roots = new ArrayList<GuideCategoryNode>();
        for (GuideCategory root : sorted(childrenByParent.get(null))) {
            roots.add(node(root, childrenByParent));
        }
        return roots;
    }

    /** The ids of the category {@code rootId} and of every category below it. */
    public static Set<Long> selfAndDescendantIds(Collection<? extends GuideCategory> categories, Long rootId) {
        Map<Long, List<GuideCategory>> childrenByParent = childrenByParentId(categories);
        Set<Long> ids = new LinkedHashSet<Long>();
        Deque<Long> toVisit = new ArrayDeque<Long>();
        toVisit.add(rootId);
        while (!toVisit.isEmpty()) {
            Long id = toVisit.poll();
            if (ids.add(id)) {
                for (GuideCategory child : orEmpty(childrenByParent.get(id))) {
                    toVisit.add(child.getId());
                }
            }
        }
        return ids;
    }

    /** Terminates: every category has one parent, so none below a root can lead back up to it. */
    private static GuideCategoryNode node(GuideCategory category, Map<Long, List<GuideCategory>> childrenByParent) {
        List<GuideCategoryNode> children = new ArrayList<GuideCategoryNode>();
        for (GuideCategory child : sorted(childrenByParent.get(category.getId()))) {
            children.add(node(child, childrenByParent));
        }
        return new GuideCategoryNode(category, children);
    }

    private static Map<Long, List<GuideCategory>> childrenByParentId(Collection<? extends GuideCategory> categories) {
        Map<Long, List<GuideCategory>> childrenByParent = new HashMap<Long, List<GuideCategory>>();
        for (GuideCategory category : categories) {
            Long parentId = category.getParent() == null ? null : category.getParent().getId();
            List<GuideCategory> siblings = childrenByParent.get(parentId);
            if (siblings == null) {
                siblings = new ArrayList<GuideCategory>();
                childrenByParent.put(parentId, siblings);
            }
            siblings.add(category);
        }
        return childrenByParent;
    }

    private static List<GuideCategory> sorted(List<GuideCategory> categories) {
        List<GuideCategory> sorted = new ArrayList<GuideCategory>(orEmpty(categories));
        Collections.sort(sorted, EDITORS_ORDER);
        return sorted;
    }

    private static List<GuideCategory> orEmpty(List<GuideCategory> categories) {
        return categories == null ? Collections.<GuideCategory>emptyList() : categories;
    }
}
