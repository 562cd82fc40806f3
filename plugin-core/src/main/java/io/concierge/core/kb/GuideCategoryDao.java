package io.concierge.core.kb;

import java.util.List;

/** Storage of guide categories. */
public interface GuideCategoryDao {

    GuideCategory readById(Long id);

    GuideCategory readBySlug(String slug);

    List<GuideCategory> readAll();

    GuideCategory save(GuideCategory category);
}
