package org.youthvoice.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.security.Roles;
import org.youthvoice.testing.IntegrationTest;
import org.youthvoice.testing.TestAccounts;
import org.youthvoice.voting.BallotKind;
import org.youthvoice.voting.BallotService;
import org.youthvoice.voting.NewBallot;
import org.youthvoice.voting.VoteService;
import org.youthvoice.voting.internal.CityBallotService;
import org.youthvoice.voting.internal.ForumService;
import org.youthvoice.voting.internal.NewCityBallot;
import org.youthvoice.voting.internal.NewGroup;

/**
 * A live meeting (60 members voting within 10 s; how soon the projector's check sees each vote) and a city-wide
 * ballot (votes accepted per second on one node, through the service and the real database). Figures only:
 * {@code ./mvnw verify -Pbench -Dit.test=VotingBench}.
 */
@IntegrationTest
class VotingBench {

    @Autowired
    AccountService accounts;
    @Autowired
    ForumService forums;
    @Autowired
    BallotService ballots;
    @Autowired
    VoteService votes;
    @Autowired
    CityBallotService city;

    @Test
    void print_meeting_vote_to_projector_latency() throws Exception {
        int members = 60;
        var people = new ArrayList<IssuedSecret>();
        long forum = SystemTask.runAs(() -> forums.create(TestAccounts.uniqueName("Bench forum"), null), Roles.OFFICER);
        for (int i = 0; i < members; i++) {
            var m = TestAccounts.member(accounts);
            SystemTask.runAs(() -> forums.addMember(forum, m.accountId()), Roles.OFFICER);
            people.add(m);
        }
        long id = SystemTask.runAs(() -> {
            long b = ballots.create(new NewBallot(forum, BallotKind.INSTANT_RUNOFF, "Bench", List.of(
                    new org.youthvoice.voting.NewBallotOption("A", null), new org.youthvoice.voting.NewBallotOption("B",
                            null), new org.youthvoice.voting.NewBallotOption("C", null)), true, 1, 0, null, false, null,
                    null, Set.of()));
            ballots.open(b);
            return b;
        }, Roles.OFFICER);
        String code = SystemTask.runAs(() -> ballots.get(id).orElseThrow().meetingCode(), Roles.OFFICER);

        // The projector's check, as fast as it can go, records when it first sees each turnout.
        long[] seenAt = new long[members + 1];
        var checkNanos = new ConcurrentLinkedQueue<Long>();
        var stop = new AtomicBoolean();
        var watcher = new Thread(() -> {
            int last = 0;
            while (!stop.get()) {
                long t0 = System.nanoTime();
                String fingerprint = votes.meetingFingerprint(code).orElseThrow();
                long t1 = System.nanoTime();
                checkNanos.add(t1 - t0);
                int turnout = Integer.parseInt(fingerprint.split(":")[1]);
                for (int n = last + 1; n <= turnout; n++) {
                    seenAt[n] = t1;
                }
                last = Math.max(last, turnout);
            }
        });
        watcher.start();
        long[] committedAt = new long[members];
        long[] voteNanos = new long[members];
        var order = new AtomicLong();
        long[] committedInOrder = new long[members + 1];
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(members)) {
            for (int i = 0; i < members; i++) {
                int me = i;
                pool.submit(() -> {
                    start.await();
                    Thread.sleep(ThreadLocalRandom.current().nextInt(10_000)); // spread over 10 s
                    asMember(people.get(me), () -> {
                        long t0 = System.nanoTime();
                        votes.vote(id, List.of(me % 3, (me + 1) % 3));
                        long t1 = System.nanoTime();
                        voteNanos[me] = t1 - t0;
                        committedAt[me] = t1;
                        synchronized (committedInOrder) {
                            committedInOrder[(int) order.incrementAndGet()] = t1;
                        }
                    });
                    return null;
                });
            }
            long began = System.nanoTime();
            start.countDown();
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
            Thread.sleep(200);
            stop.set(true);
            watcher.join();
            System.out.printf("BENCH meeting: %d votes in %d ms%n", members, (System.nanoTime() - began) / 1_000_000);
        }
        // The n-th commit shows as turnout n; the delay is from that commit until the check first saw n.
        long[] delays = new long[members];
        for (int n = 1; n <= members; n++) {
            delays[n - 1] = Math.max(0, seenAt[n] - committedInOrder[n]);
        }
        long[] checks = checkNanos.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("BENCH meeting vote: p50 %.1f ms, p95 %.1f ms (service call, one node)%n",
                ms(voteNanos, 0.5), ms(voteNanos, 0.95));
        System.out.printf("BENCH meeting check: p50 %.2f ms, p95 %.2f ms (%,d checks)%n", ms(checks, 0.5),
                ms(checks, 0.95), checks.length);
        System.out.printf("BENCH meeting commit-to-seen with a continuous check: p95 %.1f ms; the projector checks "
                + "every %d ms, so add up to that%n", ms(delays, 0.95), 500);
    }

    @Test
    void print_city_wide_votes_per_second() throws Exception {
        int groups = 50;
        var list = new ArrayList<NewGroup>();
        for (int g = 0; g < groups; g++) {
            list.add(new NewGroup("School " + g, 1_000_000));
        }
        var topics = new ArrayList<String>();
        for (int t = 1; t <= 15; t++) {
            topics.add("Topic " + t);
        }
        long id = SystemTask.runAs(() -> {
            long b = city.create(new NewCityBallot("Bench " + System.nanoTime(), true, topics, list, null, null,
                    Set.of()));
            ballots.open(b);
            return b;
        }, Roles.OFFICER);
        var codes = SystemTask.runAs(() -> city.groups(id), Roles.OFFICER).stream()
                .map(org.youthvoice.voting.internal.CityGroup::code).toList();
        int threads = 16;
        long seconds = 10;
        var accepted = new AtomicLong();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    while (System.nanoTime() < until) {
                        int a = random.nextInt(15);
                        int b = (a + 1 + random.nextInt(14)) % 15;
                        city.vote(codes.get(random.nextInt(codes.size())), List.of(a, b));
                        accepted.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        System.out.printf("BENCH city-wide: %,d votes in %d s = %,.0f votes/s (%d threads, %d groups, one node)%n",
                accepted.get(), seconds, accepted.get() / (double) seconds, threads, groups);
    }

    private static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void asMember(IssuedSecret member, Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member.username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.MEMBER))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
