package nl.bijeen.connectors.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;

/** One hand-labelled activity from src/test/resources/classify/labelled.tsv. */
record LabelledExample(int line, String title, String description, List<String> categories,
                       Set<String> audiences, Set<String> themes) {

    static List<LabelledExample> load(String resource) throws IOException {
        List<LabelledExample> examples = new ArrayList<>();
        try (InputStream in = LabelledExample.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String row;
            int line = 0;
            boolean header = true;
            while ((row = reader.readLine()) != null) {
                line++;
                if (row.startsWith("#") || row.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = row.split("\t", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(resource + " line " + line + " has " + cells.length + " columns, not 5");
                }
                examples.add(new LabelledExample(line, cells[0], cells[1], split(cells[2], ";"),
                        Set.copyOf(split(cells[3], ",")), Set.copyOf(split(cells[4], ","))));
            }
        }
        return examples;
    }

    private static List<String> split(String cell, String separator) {
        return Arrays.stream(cell.split(separator)).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    /** As a feed would deliver it: published categories arrive as the draft's themes. */
    ActivityDraft draft() {
        return new ActivityDraft("eval", "line-" + line, title, new Description(description, ""), null, null, null,
                List.of(), categories, null, null, null, null);
    }
}
