package io.concierge.core.helpcenter.orders;

import io.concierge.core.helpcenter.reasons.MerchantReasonEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/** JPA mapping of {@link ReturnReason}, edited in the Broadleaf admin. */
@Entity
@Table(name = "CNC_RETURN_REASON")
@AdminPresentationClass(friendlyName = "ReturnReasonImpl_friendly")
public class ReturnReasonImpl extends MerchantReasonEntity implements ReturnReason {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "ReturnReasonId")
    @GenericGenerator(name = "ReturnReasonId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ReturnReasonImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.orders.ReturnReasonImpl")})
    @Column(name = "REASON_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Override
    public Long getId() {
        return id;
    }
}
