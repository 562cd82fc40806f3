package io.concierge.core.helpcenter.cases;

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

/** JPA mapping of {@link CaseReason}, edited in the Broadleaf admin. */
@Entity
@Table(name = "CNC_CASE_REASON")
@AdminPresentationClass(friendlyName = "CaseReasonImpl_friendly")
public class CaseReasonImpl extends MerchantReasonEntity implements CaseReason {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CaseReasonId")
    @GenericGenerator(name = "CaseReasonId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CaseReasonImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.cases.CaseReasonImpl")})
    @Column(name = "REASON_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Override
    public Long getId() {
        return id;
    }
}
