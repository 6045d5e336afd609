package nl.bijeen.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import nl.bijeen.web.index.IndexedDate;

class DutchDatesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ZonedDateTime TUESDAY_TEN = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, AMSTERDAM);

    @Test
    void startAndEndOnOneDayReadAsARangeOfHours() {
        IndexedDate date = new IndexedDate(TUESDAY_TEN.toInstant(), TUESDAY_TEN.plusHours(2).toInstant(), false);
        assertThat(DutchDates.describe(date, AMSTERDAM, false, TODAY)).isEqualTo("dinsdag 24 november, 10.00–12.00 uur");
    }

    @Test
    void withoutEndOnlyTheStartTimeIsGiven() {
        IndexedDate date = new IndexedDate(TUESDAY_TEN.plusMinutes(30).toInstant(), null, false);
        assertThat(DutchDates.describe(date, AMSTERDAM, false, TODAY)).isEqualTo("dinsdag 24 november, 10.30 uur");
    }

    @Test
    void allDayActivitiesShowNoTimes() {
        IndexedDate date = new IndexedDate(TUESDAY_TEN.withHour(0).toInstant(), null, false);
        assertThat(DutchDates.describe(date, AMSTERDAM, true, TODAY)).isEqualTo("dinsdag 24 november (hele dag)");
    }

    @Test
    void activitiesOverSeveralDaysNameBothDays() {
        IndexedDate date = new IndexedDate(TUESDAY_TEN.toInstant(), TUESDAY_TEN.plusDays(1).withHour(16).toInstant(),
                false);
        assertThat(DutchDates.describe(date, AMSTERDAM, false, TODAY))
                .isEqualTo("dinsdag 24 november, 10.00 uur tot woensdag 25 november, 16.00 uur");
    }

    @Test
    void theYearIsOnlyShownWhenItIsNotThisYear() {
        IndexedDate date = new IndexedDate(TUESDAY_TEN.plusYears(1).toInstant(), null, false);
        assertThat(DutchDates.describe(date, AMSTERDAM, false, TODAY)).isEqualTo("woensdag 24 november 2027, 10.00 uur");
    }

    @Test
    void timesAreShownInTheActivitysOwnZone() {
        IndexedDate date = new IndexedDate(TUESDAY_TEN.toInstant(), null, false);
        assertThat(DutchDates.describe(date, ZoneId.of("UTC"), false, TODAY)).isEqualTo("dinsdag 24 november, 9.00 uur");
    }
}
