package io.concierge.core.kb;

import java.io.Serializable;

/** A free label on guides, e.g. "waterproof". */
public interface GuideTag extends Serializable {

    Long getId();

    void setId(Long id);

    String getName();

    void setName(String name);

    /** URL key, unique among tags; derived from the name when left empty. */
    String getSlug();

    void setSlug(String slug);
}
