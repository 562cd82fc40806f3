package io.concierge.core.kernel;

import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The rate limiter on the test database, with two limiters on one database standing for two store nodes. */
@ExtendWith(BroadleafContextExtension.class)
class DatabaseRateLimiterIT {

    @Resource(name = "cncRateLimiter")
    RateLimiter nodeA;

    @PersistenceUnit(unitName = "blPU")
    EntityManagerFactory entityManagerFactory;

    @Resource(name = "cncTaskScheduler")
    TaskScheduler scheduler;

    DatabaseRateLimiter nodeB;
    ExecutorService threads;

    @BeforeEach
    void secondNode() {
        nodeB = new DatabaseRateLimiter();
        nodeB.entityManagerFactory = entityManagerFactory;
        nodeB.scheduler = scheduler;
        nodeB.start();
        threads = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void stop() throws InterruptedException {
        nodeB.stop();
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void eventsRunOutThenTheWaitIsTheRestOfThePeriodAndAGivenBackEventCanBeTakenAgain() {
        RateLimit limit = RateLimit.of("test.basic", 3, Duration.ofMinutes(15));
        String subject = unique();

        for (int i = 0; i < 3; i++) {
            assertThat(nodeA.tryAcquire(limit, subject).isAllowed()).isTrue();
        }
        RateLimitDecision refused = nodeB.tryAcquire(limit, subject);
        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.getRetryAfterSeconds()).isBetween(14 * 60L, 15 * 60L);
        assertThat(refused.getRetryAfterMinutes()).isEqualTo(15);
        assertThat(nodeA.check(limit, subject).isAllowed()).isFalse();
        assertThat(nodeA.tryAcquire(limit, unique()).isAllowed()).as("another subject").isTrue();
        assertThat(nodeA.tryAcquire(RateLimit.of("test.other", 3, Duration.ofMinutes(15)), subject).isAllowed())
                .as("another limit").isTrue();

        nodeB.release(limit, subject);
        assertThat(nodeA.check(limit, subject).isAllowed()).isTrue();
        assertThat(nodeA.tryAcquire(limit, subject).isAllowed()).isTrue();
        assertThat(nodeA.tryAcquire(limit, subject).isAllowed()).isFalse();
    }

    @Test
    void concurrentTakesOnTwoNodesNeitherExceedTheLimitNorLoseAnEvent() throws Exception {
        RateLimit limit = RateLimit.of("test.concurrent", 25, Duration.ofMinutes(15));
        String subject = unique();
        List<Callable<Integer>> clients = new ArrayList<Callable<Integer>>();
        CyclicBarrier start = new CyclicBarrier(8);
        for (int client = 0; client < 8; client++) {
            RateLimiter node = client % 2 == 0 ? nodeA : nodeB;
            clients.add(() -> {
                start.await(30, TimeUnit.SECONDS);
                int allowed = 0;
                for (int attempt = 0; attempt < 5; attempt++) {
                    if (node.tryAcquire(limit, subject).isAllowed()) {
                        allowed++;
                    }
                }
                return allowed;
            });
        }
        int allowed = 0;
        for (Future<Integer> result : threads.invokeAll(clients)) {
            allowed += result.get();
        }

        assertThat(allowed).isEqualTo(25);
    }

    @Test
    void twoConcurrentAttemptsOnTheLastEventLetOneThrough() throws Exception {
        for (int round = 0; round < 5; round++) {
            RateLimit limit = RateLimit.of("test.last", 2, Duration.ofMinutes(15));
            String subject = unique();
            assertThat(nodeA.tryAcquire(limit, subject).isAllowed()).isTrue();
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Boolean> first = threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return nodeA.tryAcquire(limit, subject).isAllowed();
            });
            Future<Boolean> second = threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return nodeB.tryAcquire(limit, subject).isAllowed();
            });

            assertThat(first.get() ^ second.get()).as("exactly one of the two, round " + round).isTrue();
        }
    }

    @Test
    void anExpiredCountIsDeletedAndTheSubjectStartsAfresh() {
        RateLimit limit = RateLimit.of("test.expiry", 1, Duration.ofSeconds(1));
        String subject = unique();
        assertThat(nodeA.tryAcquire(limit, subject).isAllowed()).isTrue();
        assertThat(nodeA.tryAcquire(limit, subject).isAllowed()).isFalse();
        long rows = bucketRows();

        // The count expires when the bucket is full again, a second on: deleted by the first clean-up after that.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            nodeB.deleteExpired();
            assertThat(bucketRows()).isLessThan(rows);
        });
        assertThat(nodeA.tryAcquire(limit, subject).isAllowed()).isTrue();
    }

    @Test
    void signInsAreRefusedAfterTheFailuresOfAnAccountAndASuccessCostsNothing() {
        AuthenticationManager checksPassword = attempt -> {
            if (!"right".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("wrong password");
            }
            return attempt;
        };
        ClientAddresses addresses = new ClientAddresses("", "");
        String name = "t" + UUID.randomUUID().toString().substring(0, 8);
        AuthenticationManager throttled = new ThrottledAuthenticationManager(checksPassword, nodeA, addresses, name,
                3, 100, 15);
        String account = unique() + "@example.com";

        assertThat(throttled.authenticate(attempt(account, "right")).isAuthenticated()).isFalse();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> throttled.authenticate(attempt(account, "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> throttled.authenticate(attempt(account.toUpperCase(), "right")))
                .isInstanceOf(SignInThrottledException.class)
                .satisfies(e -> assertThat(((SignInThrottledException) e).getDecision().getRetryAfterMinutes())
                        .isEqualTo(15));
        throttled.authenticate(attempt(unique() + "@example.com", "right"));
    }

    @Test
    void twoConcurrentWrongPasswordsOnTheLastAttemptOfAnAccountCheckOnlyOne() throws Exception {
        AuthenticationManager slowWrongPassword = attempt -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new BadCredentialsException("wrong password");
        };
        ClientAddresses addresses = new ClientAddresses("", "");
        String name = "t" + UUID.randomUUID().toString().substring(0, 8);
        AuthenticationManager onNodeA = new ThrottledAuthenticationManager(slowWrongPassword, nodeA, addresses, name,
                2, 100, 15);
        AuthenticationManager onNodeB = new ThrottledAuthenticationManager(slowWrongPassword, nodeB, addresses, name,
                2, 100, 15);
        String account = unique() + "@example.com";
        assertThatThrownBy(() -> onNodeA.authenticate(attempt(account, "guess 1")))
                .isInstanceOf(BadCredentialsException.class);

        CyclicBarrier start = new CyclicBarrier(2);
        Future<Class<?>> first = threads.submit(() -> failureOf(onNodeA, account, start));
        Future<Class<?>> second = threads.submit(() -> failureOf(onNodeB, account, start));

        assertThat(new Class<?>[] {first.get(), second.get()})
                .containsExactlyInAnyOrder(BadCredentialsException.class, SignInThrottledException.class);
    }

    private static Class<?> failureOf(AuthenticationManager manager, String account, CyclicBarrier start)
            throws Exception {
        start.await(30, TimeUnit.SECONDS);
        try {
            manager.authenticate(attempt(account, "guess 2"));
            return null;
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private static Authentication attempt(String account, String password) {
        return new UsernamePasswordAuthenticationToken(account, password);
    }

    private long bucketRows() {
        javax.persistence.EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return (Long) em.createQuery("select count(b) from RateLimitBucketImpl b").getSingleResult();
        } finally {
            em.close();
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }
}
