package nl.bijeen.web.web;

import nl.bijeen.web.search.SearchResult.Relaxation;

/** What we say, in plain Dutch (B1), when the search was loosened because the exact question found nothing. */
final class RelaxationText {

    private RelaxationText() {
    }

    static String of(Relaxation relaxed) {
        return switch (relaxed) {
            case NONE -> null;
            case ANY_WORD -> "We vonden niets met al uw woorden samen. Daarom ziet u activiteiten met een of meer "
                    + "van uw woorden.";
            case WORDS_OPTIONAL -> "We vonden niets met deze woorden. Daarom ziet u alles wat past bij uw keuzes "
                    + "hieronder. Wat het best past, staat bovenaan.";
            case WITHOUT_FILTERS -> "We vonden niets dat past bij al uw keuzes. Daarom zoeken we zonder die keuzes. "
                    + "U ziet activiteiten met een of meer van uw woorden.";
        };
    }
}
