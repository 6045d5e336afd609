package nl.bijeen.web.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The word parts Dutch compounds are split into (see compound-parts.txt next to this class for how the list was
 * made). A small hand-made list rather than a full Dutch dictionary: every part in it is a word residents search
 * for, so splitting never produces noise terms such as "tend" from "koffieochtend".
 */
final class CompoundParts {

    private static final String RESOURCE = "compound-parts.txt";
    private static final CharArraySet PARTS = load();


    private CompoundParts() {
    }

    static CharArraySet get() {
        return PARTS;
    }

    /**
     * True when known parts cover all of {@code word} (lowercase, folded), but for at most {@link #SLACK} letters
     * of linking sounds: "buurthuis", "seniorenactiviteiten". "wijkagent" is not: "agent" is unknown, and a
     * wijkagent is not a wijk.
     */
    static boolean covers(String word) {
        char[] letters = word.toCharArray();
        boolean[] covered = new boolean[letters.length];
        for (int start = 0; start < word.length(); start++) {
            for (int end = start + 1; end <= word.length(); end++) {
                if (PARTS.contains(letters, start, end - start)) {
                    java.util.Arrays.fill(covered, start, end, true);
                }
            }
        }
        int uncovered = 0;
        for (boolean c : covered) {
            uncovered += c ? 0 : 1;
        }
        return uncovered <= SLACK;
    }

    /** Linking letters between parts: the s of "vrijwilligerswerk", the e of "buureneettafel". */
    private static final int SLACK = 2;

    private static CharArraySet load() {
        try (InputStream in = CompoundParts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " next to " + CompoundParts.class);
            }
            List<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
