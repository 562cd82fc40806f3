package io.concierge.core.kb.search;

import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/** Content gaps on the test database: each client once, distinct clients first, expiry and cap. */
@ExtendWith(BroadleafContextExtension.class)
class ContentGapLimitsIT {

    @Resource(name = "cncGuideSearchMissService")
    GuideSearchMissServiceImpl missService;

    @Resource(name = "cncGuideSearchMissDao")
    GuideSearchMissDao missDao;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @Test
    void aClientLoopingOverAQueryCountsOnceAndCannotOutrankAQueryOfSeveralClients() {
        String looped = unique("looped");
        String asked = unique("asked");
        for (int i = 0; i < 50; i++) {
            missService.record(looped, "en", "192.0.2.50");
            missService.flush();
        }
        missService.record(asked, "en", "192.0.2.51");
        missService.record(asked, "en", "192.0.2.52");

        List<GuideSearchMiss> top = missService.topMisses("en", GuideSearchMissService.MAX_REPORTED);

        GuideSearchMiss loop = find(top, looped);
        assertThat(loop.getCount()).isEqualTo(1);
        assertThat(loop.getClientCount()).isEqualTo(1);
        assertThat(find(top, asked).getClientCount()).isEqualTo(2);
        assertThat(top.indexOf(find(top, asked))).isLessThan(top.indexOf(loop));
    }

    @Test
    void gapsExpireAfterTheRetentionAndAreCappedKeepingThoseOfTheMostClients() {
        String old = unique("old");
        insert(old, 5, new Date(System.currentTimeMillis() - 91L * 24 * 3600 * 1000));
        missService.expireAndCap();
        assertThat(missDao.readOne(old, "en")).isNull();

        String kept = unique("kept");
        insert(kept, 1000, new Date());
        int cap = missService.maxStored;
        try {
            missService.maxStored = 1;
            missService.expireAndCap();
        } finally {
            missService.maxStored = cap;
        }
        List<GuideSearchMiss> left = missService.topMisses(null, GuideSearchMissService.MAX_REPORTED);
        assertThat(left).extracting(GuideSearchMiss::getQuery).containsExactly(kept);
    }

    private void insert(String query, long clients, Date seen) {
        new TransactionTemplate(transactionManager).execute(status -> {
            missDao.insertFirst(query, "en", clients, clients, seen, seen);
            return null;
        });
    }

    private static GuideSearchMiss find(List<GuideSearchMiss> misses, String query) {
        return misses.stream().filter(miss -> miss.getQuery().equals(query)).findFirst()
                .orElseThrow(() -> new AssertionError(query + " not reported"));
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
