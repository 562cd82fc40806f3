package io.concierge.core.kb;

import java.io.Serializable;
import java.math.BigDecimal;

/** One guide suggested after another, at a position chosen by the editor. */
public interface RelatedGuide extends Serializable {

    Long getId();

    Guide getGuide();

    void setGuide(Guide guide);

    Guide getRelatedGuide();

    void setRelatedGuide(Guide relatedGuide);

    BigDecimal getSequence();

    void setSequence(BigDecimal sequence);
}
