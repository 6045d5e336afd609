package nl.bijeen.aggregator.crawl;

/**
 * The plain-Dutch explanation of a held-back crawl: the source suddenly delivered far fewer items than Bijeen
 * has from it, which is far more often a broken page or feed than dozens of activities cancelled at once.
 */
final class ShrunkenFeed {

    private static final String[] NUMBERS = {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
            "negen", "tien"};

    private ShrunkenFeed() {
    }

    /** E.g. "De bron gaf ineens 0 van de 40 activiteiten; Bijeen bewaart de oude tot dit twee keer achter elkaar zo is." */
    static String message(int found, int current, int timesInARow) {
        String times = timesInARow < NUMBERS.length ? NUMBERS[timesInARow] : Integer.toString(timesInARow);
        return "De bron gaf ineens " + found + " van de " + current + " activiteiten; Bijeen bewaart de oude tot dit "
                + times + " keer achter elkaar zo is.";
    }
}
