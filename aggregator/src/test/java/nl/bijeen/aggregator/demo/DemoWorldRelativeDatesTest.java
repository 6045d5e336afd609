package nl.bijeen.aggregator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DemoWorldRelativeDatesTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8099/");
    private final DemoWorld world = DemoFixtures.shippedWorld();

    @Test
    void datesFollowTheClockSoTheDemoNeverGoesStale() {
        List<Clock> clocks = IntStream.range(0, 12)
                .mapToObj(i -> Clock.offset(DemoFixtures.NOVEMBER_MONDAY, Duration.ofDays(37L * i).plusHours(5L * i)))
                .toList();
        Map<String, Integer> firstCounts = counts(clocks.get(0));
        for (Clock clock : clocks) {
            Instant now = clock.instant();
            assertThat(counts(clock)).as("items per site at " + now).isEqualTo(firstCounts);
            for (DemoSite site : world.sites()) {
                List<ExpectedItem> items = world.expectedItems(site.id(), clock);
                assertThat(items).filteredOn(i -> i.occurrence() != null).allSatisfy(i ->
                        assertThat(i.occurrence().start().toInstant()).as(i.itemId()).isAfter(now));
                Map<String, Instant> firstDates = items.stream().filter(i -> i.occurrence() != null)
                        .collect(Collectors.toMap(ExpectedItem::activityId, i -> i.occurrence().start().toInstant(),
                                (a, b) -> a.isBefore(b) ? a : b));
                assertThat(firstDates.values()).as(site.id() + " at " + now)
                        .allSatisfy(first -> assertThat(first).isBefore(now.plus(Duration.ofDays(62))));
            }
        }
    }

    @Test
    void sameClockRendersIdenticalDocuments() {
        for (DemoSite site : world.sites()) {
            byte[] first = new DemoSiteRenderer(world).render(site.feedUrlPath(), BASE, DemoFixtures.NOVEMBER_MONDAY)
                    .orElseThrow().body();
            byte[] second = new DemoSiteRenderer(DemoFixtures.shippedWorld())
                    .render(site.feedUrlPath(), BASE, DemoFixtures.NOVEMBER_MONDAY).orElseThrow().body();
            assertThat(second).as(site.id()).isEqualTo(first);
        }
    }

    @Test
    void laterTheSameDayADocumentOnlyChangesWhenAnActivityHasStarted() {
        Clock sixAm = Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), DemoFixtures.AMSTERDAM);
        Clock sevenAm = Clock.offset(sixAm, Duration.ofHours(1));
        String path = world.site("buurthuis-de-kern").orElseThrow().feedUrlPath();
        DemoSiteRenderer renderer = new DemoSiteRenderer(world);
        assertThat(renderer.render(path, BASE, sevenAm).orElseThrow().body())
                .isEqualTo(renderer.render(path, BASE, sixAm).orElseThrow().body());
    }

    @Test
    void fortnightlySeriesKeepTheirWeeksFromOneDayToTheNext() {
        DemoActivity sjoelen = world.activities().stream().filter(a -> a.id().equals("sjoelen-de-kern")).findFirst()
                .orElseThrow();
        var thisMonday = sjoelen.schedule().upcoming(DemoFixtures.NOVEMBER_MONDAY, 3);
        var aWeekLater = sjoelen.schedule().upcoming(Clock.offset(DemoFixtures.NOVEMBER_MONDAY, Duration.ofDays(7)), 2);
        assertThat(thisMonday).containsAll(aWeekLater);
        assertThat(Duration.between(thisMonday.get(0).start(), thisMonday.get(1).start())).isEqualTo(Duration.ofDays(14));
    }

    private Map<String, Integer> counts(Clock clock) {
        return world.sites().stream().collect(Collectors.toMap(DemoSite::id, s -> world.expectedItems(s.id(), clock).size()));
    }
}
