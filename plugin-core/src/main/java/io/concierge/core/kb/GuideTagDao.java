package io.concierge.core.kb;

import java.util.List;

/** Storage of guide tags. */
public interface GuideTagDao {

    GuideTag readBySlug(String slug);

    List<GuideTag> readAll();

    GuideTag save(GuideTag tag);
}
