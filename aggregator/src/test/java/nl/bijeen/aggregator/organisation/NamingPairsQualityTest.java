package nl.bijeen.aggregator.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.dedupe.Overrides;
import nl.bijeen.connectors.model.Organiser;

/**
 * Recognition measured on a hand-labelled set of naming pairs as Katwijk sources publish them (legal forms, town
 * suffixes, bare domains, abbreviations; and hard negatives one word, one wijk or one website apart), with the
 * town names of the shipped config. Prints precision, recall and F1; F1 must stay at 0.95 or above.
 */
class NamingPairsQualityTest {

    private static final Path CONFIG = Path.of(System.getProperty("bijeen.config.dir", "../config"));

    record Pair(boolean same, Organiser a, Organiser b) {
    }

    @Test
    void theLabelledNamingPairsAreRecognisedWithAnF1OfAtLeast095() throws IOException {
        RecognitionSettings settings = RecognitionSettings.fromConfigDir(CONFIG);
        List<Pair> pairs = pairs();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> wrong = new ArrayList<>();
        for (Pair pair : pairs) {
            boolean together = Recogniser.recognise(List.of(Naming.of(1, pair.a(), settings),
                    Naming.of(2, pair.b(), settings)), Overrides.none()).size() == 1;
            if (together && pair.same()) {
                truePositives++;
            } else if (together) {
                falsePositives++;
                wrong.add("joined: " + pair.a().name() + " / " + pair.b().name());
            } else if (pair.same()) {
                falseNegatives++;
                wrong.add("kept apart: " + pair.a().name() + " / " + pair.b().name());
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("Organisation namings: %d pairs (%d same), precision %.3f, recall %.3f, F1 %.3f%n",
                pairs.size(), pairs.stream().filter(Pair::same).count(), precision, recall, f1);
        wrong.forEach(w -> System.out.println("  " + w));

        assertThat(pairs).hasSizeGreaterThanOrEqualTo(60);
        assertThat(pairs.stream().filter(p -> !p.same()).count()).as("hard negatives").isGreaterThanOrEqualTo(25);
        assertThat(f1).as("F1; wrong pairs: " + wrong).isGreaterThanOrEqualTo(0.95);
    }

    static List<Pair> pairs() throws IOException {
        try (InputStream in = NamingPairsQualityTest.class.getResourceAsStream("/organisations/naming-pairs.tsv")) {
            List<Pair> pairs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                pairs.add(new Pair(f[0].equals("same"), organiser(f, 1), organiser(f, 5)));
            }
            return pairs;
        }
    }

    private static Organiser organiser(String[] fields, int from) {
        return new Organiser(fields[from], value(fields[from + 1]), value(fields[from + 2]), value(fields[from + 3]),
                null, null, null, List.of(), null, null);
    }

    private static String value(String field) {
        return field.equals("-") ? null : field;
    }
}
