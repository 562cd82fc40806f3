package io.concierge.core.kb;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.PrePersist;
import javax.persistence.Table;

/**
 * JPA mapping of {@link RelatedGuide}: the ordered many-to-many between guides, as a row of its own so that the
 * admin can sort it (an adorned-target list on {@link GuideImpl}, like Broadleaf's cross-sell products).
 */
@Entity
@Table(name = "CNC_GUIDE_RELATED")
@AdminPresentationClass(friendlyName = "RelatedGuideImpl_friendly")
public class RelatedGuideImpl implements RelatedGuide {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "RelatedGuideId")
    @GenericGenerator(name = "RelatedGuideId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "RelatedGuideImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.kb.RelatedGuideImpl")})
    @Column(name = "GUIDE_RELATED_ID")
    protected Long id;

    @ManyToOne(targetEntity = GuideImpl.class, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "GUIDE_ID", nullable = false)
    @Index(name = "CNC_GUIDE_RELATED_GUIDE_INDEX", columnNames = {"GUIDE_ID"})
    @AdminPresentation(excluded = true)
    protected Guide guide;

    /** Loaded with the relation: the admin reads the guide's fields directly, which a lazy proxy leaves empty. */
    @ManyToOne(targetEntity = GuideImpl.class, optional = false)
    @JoinColumn(name = "RELATED_GUIDE_ID", nullable = false)
    @Index(name = "CNC_GUIDE_RELATED_TARGET_INDEX", columnNames = {"RELATED_GUIDE_ID"})
    @AdminPresentation(friendlyName = "RelatedGuideImpl_relatedGuide")
    protected Guide relatedGuide;

    @Column(name = "SEQUENCE", precision = 10, scale = 6)
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected BigDecimal sequence;

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public Guide getGuide() {
        return guide;
    }

    @Override
    public void setGuide(Guide guide) {
        this.guide = guide;
    }

    @Override
    public Guide getRelatedGuide() {
        return relatedGuide;
    }

    @Override
    public void setRelatedGuide(Guide relatedGuide) {
        this.relatedGuide = relatedGuide;
    }

    /**
     * Sequences count from 1, as {@link GuideImpl}'s own methods number them. Broadleaf's admin gives the first row
     * of a list 0 and later moves rows by 1-based position, so a list starting at 0 could not move its second row
     * to the top.
     */
    @PrePersist
    protected void countSequenceFromOne() {
        if (sequence != null && sequence.signum() == 0) {
            sequence = BigDecimal.ONE;
        }
    }

    @Override
    public BigDecimal getSequence() {
        return sequence;
    }

    @Override
    public void setSequence(BigDecimal sequence) {
        this.sequence = sequence;
    }
}
