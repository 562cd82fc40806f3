package io.concierge.core.helpcenter.cases;

import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRoleImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** JPA mapping of {@link AgentLimit}, edited in the Broadleaf admin; refers to Broadleaf's admin role by a plain association. */
@Entity
@Table(name = "CNC_AGENT_LIMIT")
@AdminPresentationClass(friendlyName = "AgentLimitImpl_friendly")
public class AgentLimitImpl implements AgentLimit, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "AgentLimitId")
    @GenericGenerator(name = "AgentLimitId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "AgentLimitImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.cases.AgentLimitImpl")})
    @Column(name = "LIMIT_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = AdminRoleImpl.class, optional = false)
    @JoinColumn(name = "ADMIN_ROLE_ID", nullable = false, unique = true)
    @AdminPresentation(friendlyName = "AgentLimitImpl_role", order = 1000, prominent = true, gridOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected AdminRole role;

    @Column(name = "MAX_GOODWILL", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "AgentLimitImpl_maxGoodwill", order = 2000, prominent = true, gridOrder = 2,
            fieldType = SupportedFieldType.MONEY, helpText = "AgentLimitImpl_maxGoodwill_help")
    protected BigDecimal maxGoodwill = BigDecimal.ZERO;

    @Column(name = "PAST_DEADLINE", nullable = false)
    @AdminPresentation(friendlyName = "AgentLimitImpl_pastDeadline", order = 3000, prominent = true, gridOrder = 4,
            helpText = "AgentLimitImpl_pastDeadline_help")
    protected boolean pastDeadline;

    /** Nullable in the database so that the column joins an existing table; none (null) is zero. */
    @Column(name = "MAX_REFUND", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "AgentLimitImpl_maxRefund", order = 2500, prominent = true, gridOrder = 3,
            fieldType = SupportedFieldType.MONEY, helpText = "AgentLimitImpl_maxRefund_help")
    protected BigDecimal maxRefund = BigDecimal.ZERO;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getMainEntityName() {
        return role == null ? null : role.getName();
    }

    @Override
    public AdminRole getRole() {
        return role;
    }

    public void setRole(AdminRole role) {
        this.role = role;
    }

    @Override
    public BigDecimal getMaxGoodwill() {
        return maxGoodwill;
    }

    public void setMaxGoodwill(BigDecimal maxGoodwill) {
        this.maxGoodwill = maxGoodwill;
    }

    @Override
    public BigDecimal getMaxRefund() {
        return maxRefund == null ? BigDecimal.ZERO : maxRefund;
    }

    public void setMaxRefund(BigDecimal maxRefund) {
        this.maxRefund = maxRefund;
    }

    @Override
    public boolean isPastDeadline() {
        return pastDeadline;
    }

    public void setPastDeadline(boolean pastDeadline) {
        this.pastDeadline = pastDeadline;
    }
}
