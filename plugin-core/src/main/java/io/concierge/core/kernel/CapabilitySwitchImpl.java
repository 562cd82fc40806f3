package io.concierge.core.kernel;

import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * JPA mapping of {@link CapabilitySwitch}. The rows are made by {@link CapabilityRows} at start, one per installed
 * module; the unique key lets only one of several nodes starting at once insert it. Not second-level cached: the
 * storefront must see an admin change on its next request, and storefront and admin may be different JVMs.
 */
@Entity
@Table(name = "CNC_CAPABILITY_SWITCH",
        uniqueConstraints = @UniqueConstraint(name = "CNC_CAPABILITY_SWITCH_KEY", columnNames = "CAPABILITY_KEY"))
@AdminPresentationClass(friendlyName = "CapabilitySwitchImpl_friendly")
public class CapabilitySwitchImpl implements CapabilitySwitch, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CapabilitySwitchId")
    @GenericGenerator(name = "CapabilitySwitchId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CapabilitySwitchImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.kernel.CapabilitySwitchImpl")})
    @Column(name = "SWITCH_ID")
    protected Long id;

    @Column(name = "CAPABILITY_KEY", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "CapabilitySwitchImpl_capabilityKey", order = 3, prominent = true,
            gridOrder = 3, readOnly = true)
    protected String capabilityKey;

    @Column(name = "NAME", nullable = false)
    @AdminPresentation(friendlyName = "CapabilitySwitchImpl_name", order = 1, prominent = true, gridOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "CapabilitySwitchImpl_enabled", order = 2, prominent = true, gridOrder = 2,
            fieldType = SupportedFieldType.BOOLEAN)
    protected Boolean enabled = Boolean.TRUE;

    protected CapabilitySwitchImpl() {
    }

    /** A new module's switch: on, so that installing a capability is enough to offer it. */
    public CapabilitySwitchImpl(CapabilityModule module) {
        this.capabilityKey = module.key();
        this.name = module.name();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getCapabilityKey() {
        return capabilityKey;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public boolean isEnabled() {
        return Boolean.TRUE.equals(enabled);
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String getMainEntityName() {
        return name;
    }
}
