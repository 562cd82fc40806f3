package io.concierge.core.helpcenter.cases;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The channels the merchant lists on the contact page, with their reply times: the measured one where Concierge has
 * data (the median first response of that channel's cases first answered in the last 30 days, once there are a few:
 * the case form's, and the contacts agents recorded from the other channels), else the one the merchant promises.
 * Bean {@code cncContactChannels}.
 */
@Component("cncContactChannels")
public class ContactChannels {

    static final int MEASURED_DAYS = 30;
    /** Fewer answered cases than this say little: the promise is shown instead. */
    static final int MIN_MEASURED_CASES = 3;
    /** The case form's reply time when the merchant lists no case form channel. */
    static final int DEFAULT_REPLY_MINUTES = 24 * 60;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncSupportCaseDao")
    protected SupportCaseDao caseDao;

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ChannelOnPage> forContactPage() {
        Map<ContactChannelKind, Integer> measured = medianFirstResponseMinutes(new Date());
        List<ChannelOnPage> shown = new ArrayList<ChannelOnPage>();
        for (ContactChannel channel : active()) {
            shown.add(new ChannelOnPage(channel, measured.get(channel.getKind())));
        }
        return shown;
    }

    /** What the case form promises: the overdue mark of the admin's list. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public int caseFormReplyMinutes() {
        for (ContactChannel channel : active()) {
            if (channel.getKind() == ContactChannelKind.CASE_FORM) {
                return channel.getReplyMinutes();
            }
        }
        return DEFAULT_REPLY_MINUTES;
    }

    /**
     * @return per channel, the median in whole minutes (rounded up) of the last {@link #MEASURED_DAYS} days; no entry
     *         for a channel with fewer than {@link #MIN_MEASURED_CASES} answered cases
     */
    Map<ContactChannelKind, Integer> medianFirstResponseMinutes(Date now) {
        Map<ContactChannelKind, Integer> medians = new HashMap<ContactChannelKind, Integer>();
        caseDao.firstResponseMillisSince(new Date(now.getTime() - TimeUnit.DAYS.toMillis(MEASURED_DAYS)))
                .forEach((channel, millis) -> {
                    Integer median = median(millis);
                    if (median != null) {
                        medians.put(channel, median);
                    }
                });
        return medians;
    }

    static Integer median(List<Long> millis) {
        return median(millis, MIN_MEASURED_CASES);
    }

    /** @return the median in whole minutes (rounded up, at least 1), or null with fewer than {@code atLeast} */
    static Integer median(List<Long> millis, int atLeast) {
        if (millis.isEmpty() || millis.size() < atLeast) {
            return null;
        }
        List<Long> sorted = new ArrayList<Long>(millis);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        long median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return (int) Math.max(1, (median + TimeUnit.MINUTES.toMillis(1) - 1) / TimeUnit.MINUTES.toMillis(1));
    }

    private List<ContactChannel> active() {
        return new ArrayList<ContactChannel>(em.createQuery("select c from ContactChannelImpl c where c.active = true"
                + " order by c.displayOrder, c.label", ContactChannelImpl.class).getResultList());
    }
}
