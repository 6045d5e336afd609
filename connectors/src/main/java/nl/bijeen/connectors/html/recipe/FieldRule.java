package nl.bijeen.connectors.html.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * How to read one field from an item (or a detail page): the element ({@code selector}, relative to the item; none
 * means the item itself), what to read from it (an attribute, its text, or its inner HTML), and optionally a regex
 * that cuts the value (its first group when it has one) and a separator to split a list ("jeugd, senioren").
 * {@code value} is a fixed value used when the selector finds nothing (one organiser for a whole site); a rule
 * with only a {@code value} always gives that value.
 *
 * @param all true to read every matching element (audiences, categories), false for the first
 */
public record FieldRule(String selector, String attr, boolean html, Pattern regex, String split, String value,
                        boolean all) {

    /** The values this rule reads in {@code scope}; empty when nothing matches. Values are stripped, never blank. */
    public List<String> read(Element scope) {
        List<Element> elements = selector == null ? (attr == null ? List.of() : List.of(scope))
                : all ? scope.select(selector) : nullable(scope.selectFirst(selector));
        List<String> values = new ArrayList<>();
        for (Element element : elements) {
            String raw = attr != null ? element.attr(attr) : html ? element.html() : element.wholeText();
            String cut = cut(raw);
            if (cut == null) {
                continue;
            }
            for (String part : split == null ? List.of(cut) : List.of(cut.split(Pattern.quote(split)))) {
                String stripped = html ? part.strip() : part.replaceAll("\\s+", " ").strip();
                if (!stripped.isEmpty()) {
                    values.add(stripped);
                }
            }
        }
        if (values.isEmpty() && value != null) {
            values.add(value);
        }
        return values;
    }

    /** The first value, or {@code null}. */
    public String first(Element scope) {
        List<String> values = read(scope);
        return values.isEmpty() ? null : values.getFirst();
    }

    private String cut(String raw) {
        if (regex == null || raw == null) {
            return raw;
        }
        Matcher m = regex.matcher(raw);
        if (!m.find()) {
            return null;
        }
        return m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
    }

    private static List<Element> nullable(Element element) {
        return element == null ? List.of() : List.of(element);
    }
}
