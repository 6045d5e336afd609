package nl.bijeen.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which period an activity counts in: ongoing offers always while listed, dated ones on their days. */
class CountedActivityTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private static final Period NOVEMBER = Period.of("datums", "2026-11-01", "2026-11-30", DAY);
    private static final Period DECEMBER = Period.of("datums", "2026-12-01", "2026-12-31", DAY);

    @Test
    void anOngoingOfferCountsInEveryPeriodWhileItIsListed() {
        assertThat(ongoing(null).in(NOVEMBER)).isTrue();
        assertThat(ongoing(null).in(DECEMBER)).isTrue();
        assertThat(ongoing(Instant.parse("2026-11-05T00:00:00Z")).in(NOVEMBER)).isFalse();
    }

    @Test
    void aDatedActivityCountsOnlyInThePeriodOfItsDay() {
        assertThat(dated(null).in(NOVEMBER)).isTrue();
        assertThat(dated(null).in(DECEMBER)).isFalse();
    }

    @Test
    void aPastActivityThatLeftTheOverviewAfterItsDayStillCountsForItsPeriod() {
        assertThat(dated(Instant.parse("2026-11-11T00:00:00Z")).in(NOVEMBER)).isTrue();
    }

    @Test
    void anActivityWithdrawnBeforeItsDayDoesNotCount() {
        assertThat(dated(Instant.parse("2026-11-09T00:00:00Z")).in(NOVEMBER)).isFalse();
    }

    private static CountedActivity ongoing(Instant goneAt) {
        return new CountedActivity("WK053701", List.of("ontmoeten"), List.of(), List.of(), List.of(), goneAt);
    }

    private static CountedActivity dated(Instant goneAt) {
        Instant start = DAY.atTime(10, 0).atZone(AMSTERDAM).toInstant();
        return new CountedActivity("WK053701", List.of("ontmoeten"), List.of(), List.of(DAY), List.of(start), goneAt);
    }
}
