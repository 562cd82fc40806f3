package io.concierge.core.helpcenter.reasons;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** JPA adapter for {@link MerchantReasonDao}, on Broadleaf's persistence unit. */
@Repository("cncMerchantReasonDao")
public class MerchantReasonDaoImpl implements MerchantReasonDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public <T extends MerchantReason> List<T> readActive(Class<? extends T> list) {
        return new ArrayList<T>(em.createQuery("select r from " + list.getName()
                + " r where r.active = true order by r.displayOrder, r.label", list).getResultList());
    }
}
