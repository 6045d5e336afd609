package nl.bijeen.connectors.classify;

import java.util.List;

/**
 * One keyword of the taxonomy in its matching form (see taxonomy.yml): {@code ouderen} matches words starting with
 * it, {@code =eten} only the exact word, {@code *koor} anywhere in a word; several words match in a row.
 */
record Keyword(String source, List<String> words, Mode mode) {

    enum Mode { PREFIX, EXACT, INFIX }

    /** Long stems are distinctive enough to be found inside compounds whose first part is no keyword. */
    private static final int INSIDE_COMPOUND = 6;

    /** The keyword, or null when nothing is left after normalising. */
    static Keyword parse(String written) {
        String s = written == null ? "" : written.strip();
        Mode mode = Mode.PREFIX;
        if (s.startsWith("=")) {
            mode = Mode.EXACT;
            s = s.substring(1);
        } else if (s.startsWith("*")) {
            mode = Mode.INFIX;
            s = s.substring(1);
        }
        List<String> words = DutchText.words(s).stream().filter(w -> !w.equals(DutchText.BREAK)).toList();
        return words.isEmpty() ? null : new Keyword(written.strip(), words, mode);
    }

    /** Whether this keyword starts at word {@code at} of the text. */
    boolean matchesAt(TextWords text, int at) {
        int last = words.size() - 1;
        if (at + last >= text.size()) {
            return false;
        }
        if (last == 0) {
            return matchesWord(text, at, words.getFirst());
        }
        String first = text.word(at);
        boolean firstOk = mode == Mode.INFIX ? first.endsWith(words.getFirst()) : first.equals(words.getFirst());
        if (!firstOk) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            if (!text.word(at + i).equals(words.get(i))) {
                return false;
            }
        }
        String end = text.word(at + last);
        return mode == Mode.EXACT ? end.equals(words.get(last)) : end.startsWith(words.get(last));
    }

    private boolean matchesWord(TextWords text, int at, String kw) {
        String word = text.word(at);
        return switch (mode) {
            case EXACT -> word.equals(kw);
            case INFIX -> word.contains(kw);
            case PREFIX -> text.parts(at).stream().anyMatch(p -> p.startsWith(kw))
                    || (kw.length() >= INSIDE_COMPOUND && word.contains(kw));
        };
    }

    /** A stem the compound splitter may cut off the front of a word. */
    boolean isSplittingStem() {
        return words.size() == 1 && mode != Mode.EXACT && words.getFirst().length() >= Stems.MIN_LENGTH;
    }

    int length() {
        return words.size();
    }
}
