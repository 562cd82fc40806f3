package io.concierge.core.kernel;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** JPA adapter for {@link CapabilitySwitchDao}, on Broadleaf's persistence unit. */
@Repository("cncCapabilitySwitchDao")
public class CapabilitySwitchDaoImpl implements CapabilitySwitchDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<CapabilitySwitch> readAll() {
        return new ArrayList<CapabilitySwitch>(
                em.createQuery("select s from CapabilitySwitchImpl s", CapabilitySwitchImpl.class).getResultList());
    }

    @Override
    public CapabilitySwitch read(String capabilityKey) {
        List<CapabilitySwitchImpl> found = em.createQuery(
                        "select s from CapabilitySwitchImpl s where s.capabilityKey = :key", CapabilitySwitchImpl.class)
                .setParameter("key", capabilityKey)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public CapabilitySwitch save(CapabilitySwitch capabilitySwitch) {
        return em.merge(capabilitySwitch);
    }
}
