package io.concierge.core.helpcenter.faq;

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
import javax.persistence.Table;

/** The link table CNC_FAQ_ENTRY_PRODUCT: the admin's product picker on an FAQ entry (an adorned-target list). */
@Entity
@Table(name = "CNC_FAQ_ENTRY_PRODUCT")
@AdminPresentationClass(friendlyName = "FaqProductLinkImpl_friendly")
public class FaqProductLinkImpl implements FaqProductLink {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "FaqProductLinkId")
    @GenericGenerator(name = "FaqProductLinkId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "FaqProductLinkImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.faq.FaqProductLinkImpl")})
    @Column(name = "FAQ_PRODUCT_ID")
    protected Long id;

    @ManyToOne(targetEntity = FaqEntryImpl.class, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "FAQ_ID", nullable = false)
    @Index(name = "CNC_FAQ_PRODUCT_FAQ_INDEX", columnNames = {"FAQ_ID"})
    @AdminPresentation(excluded = true)
    protected FaqEntry entry;

    @ManyToOne(targetEntity = ProductImpl.class, optional = false)
    @JoinColumn(name = "PRODUCT_ID", nullable = false)
    @AdminPresentation(friendlyName = "FaqProductLinkImpl_product")
    protected Product product;

    @Column(name = "SEQUENCE", precision = 10, scale = 6)
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected BigDecimal sequence;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public FaqEntry getEntry() {
        return entry;
    }

    @Override
    public void setEntry(FaqEntry entry) {
        this.entry = entry;
    }

    @Override
    public Product getProduct() {
        return product;
    }

    @Override
    public void setProduct(Product product) {
        this.product = product;
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
