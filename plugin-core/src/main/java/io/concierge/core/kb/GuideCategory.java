package io.concierge.core.kb;

import java.io.Serializable;

/** A node of the knowledge base's category tree. */
public interface GuideCategory extends Serializable {

    Long getId();

    void setId(Long id);

    String getName();

    void setName(String name);

    /** URL key, unique among categories; derived from the name when left empty. */
    String getSlug();

    void setSlug(String slug);

    String getDescription();

    void setDescription(String description);

    /** {@code null} for a top-level category. */
    GuideCategory getParent();

    void setParent(GuideCategory parent);

    /** Position among its siblings, lowest first. */
    int getSequence();

    void setSequence(int sequence);
}
