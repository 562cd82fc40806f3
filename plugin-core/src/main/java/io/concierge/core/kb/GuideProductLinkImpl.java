package io.concierge.core.kb;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
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
 * JPA mapping of {@link GuideProductLink}: a plain association to Broadleaf's product row, so that the admin offers
 * its product picker (an adorned-target list on {@link GuideImpl}).
 */
@Entity
@Table(name = "CNC_GUIDE_PRODUCT")
@AdminPresentationClass(friendlyName = "GuideProductLinkImpl_friendly")
public class GuideProductLinkImpl implements GuideProductLink {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GuideProductLinkId")
    @GenericGenerator(name = "GuideProductLinkId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GuideProductLinkImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.kb.GuideProductLinkImpl")})
    @Column(name = "GUIDE_PRODUCT_ID")
    protected Long id;

    @ManyToOne(targetEntity = GuideImpl.class, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "GUIDE_ID", nullable = false)
    @Index(name = "CNC_GUIDE_PRODUCT_GUIDE_INDEX", columnNames = {"GUIDE_ID"})
    @AdminPresentation(excluded = true)
    protected Guide guide;

    /** Loaded with the link: the admin reads the product's fields directly, which a lazy proxy leaves empty. */
    @ManyToOne(targetEntity = ProductImpl.class, optional = false)
    @JoinColumn(name = "PRODUCT_ID", nullable = false)
    @Index(name = "CNC_GUIDE_PRODUCT_PRODUCT_INDEX", columnNames = {"PRODUCT_ID"})
    @AdminPresentation(friendlyName = "GuideProductLinkImpl_product")
    protected Product product;

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
    public Product getProduct() {
        return product;
    }

    @Override
    public void setProduct(Product product) {
        this.product = product;
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
