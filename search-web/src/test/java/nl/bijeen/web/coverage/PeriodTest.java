package nl.bijeen.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The periods a welfare worker can choose, and the period each is compared with. */
class PeriodTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void thisWeekRunsFromTodayUpToSundayAndIsComparedWithAsManyDaysBefore() {
        Period week = Period.of("week", null, null, WEDNESDAY);

        assertThat(week.from()).isEqualTo(WEDNESDAY);
        assertThat(week.to()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(week.previous().from()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(week.previous().to()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void eightWeeksAreFiftySixDaysFromToday() {
        Period eight = Period.of("8", null, null, WEDNESDAY);

        assertThat(eight.days()).isEqualTo(56);
        assertThat(eight.previous().days()).isEqualTo(56);
        assertThat(eight.previous().to()).isEqualTo(WEDNESDAY.minusDays(1));
    }

    @Test
    void noChoiceMeansTheComingFourWeeks() {
        assertThat(Period.of(null, null, null, WEDNESDAY)).isEqualTo(Period.defaultFor(WEDNESDAY));
        assertThat(Period.defaultFor(WEDNESDAY).days()).isEqualTo(28);
    }

    @Test
    void chosenDatesMayLieInThePastButNotBackToFrontOrOverLong() {
        assertThat(Period.of("datums", "2026-01-01", "2026-01-31", WEDNESDAY).days()).isEqualTo(31);
        assertThatThrownBy(() -> Period.of("datums", "2026-02-01", "2026-01-01", WEDNESDAY))
                .hasMessage("De einddatum (2026-01-01) ligt voor de begindatum (2026-02-01).");
        assertThatThrownBy(() -> Period.of("datums", "2026-01-01", "2027-12-31", WEDNESDAY))
                .hasMessage("Kies een periode van hoogstens 400 dagen.");
        assertThatThrownBy(() -> Period.of("datums", "", "2026-01-01", WEDNESDAY))
                .hasMessage("Vul een begindatum in, bijvoorbeeld 2026-12-01.");
        assertThatThrownBy(() -> Period.of("jaar", null, null, WEDNESDAY)).hasMessage("Kies een periode uit de lijst.");
    }
}
