package io.concierge.core.helpcenter.orders;

import org.springframework.stereotype.Repository;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** JPA adapter for {@link ReturnReasonDao}, on Broadleaf's persistence unit. */
@Repository("cncReturnReasonDao")
public class ReturnReasonDaoImpl implements ReturnReasonDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<ReturnReason> readActive() {
        return em.createQuery("select r from ReturnReasonImpl r where r.active = true order by r.displayOrder, r.label",
                ReturnReason.class).getResultList();
    }
}
