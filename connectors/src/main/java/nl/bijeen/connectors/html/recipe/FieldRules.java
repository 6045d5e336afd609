package nl.bijeen.connectors.html.recipe;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads one field's rule: either a bare selector ("h3 a") or a map with selector and options. */
final class FieldRules {

    static final List<String> KEYS = List.of("selector", "attr", "html", "regex", "split", "value", "all");

    private FieldRules() {
    }

    static FieldRule read(RecipeNode node, boolean many, boolean html) throws RecipeException {
        return read(node, many, html, null);
    }

    /**
     * @param many        read every match (audiences, categories) unless the rule says {@code all: false}
     * @param html        read inner HTML unless the rule says {@code html: false} (descriptions keep paragraphs)
     * @param defaultAttr attribute read when the rule names none (a link's href)
     */
    static FieldRule read(RecipeNode node, boolean many, boolean html, String defaultAttr) throws RecipeException {
        if (node.isText()) {
            return new FieldRule(node.selector(), defaultAttr, html && defaultAttr == null, null, null, null, many);
        }
        node.requireObject();
        node.allowOnly(KEYS);
        String selector = node.has("selector") ? node.child("selector").selector() : null;
        String attr = node.has("attr") ? node.optionalText("attr") : defaultAttr;
        boolean readHtml = node.optionalBoolean("html", html && attr == null);
        if (readHtml && node.has("attr")) {
            throw node.problem("html", "cannot be combined with 'attr': read either an attribute or the HTML", null);
        }
        String value = node.optionalText("value");
        if (selector == null && value == null && attr == null) {
            throw node.problem(null, "needs a 'selector', an 'attr' of the item itself, or a fixed 'value'", null);
        }
        return new FieldRule(selector, attr, readHtml, regex(node), node.optionalText("split"), value,
                node.optionalBoolean("all", many));
    }

    private static Pattern regex(RecipeNode node) throws RecipeException {
        String regex = node.optionalText("regex");
        if (regex == null) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw node.problem("regex", "'" + regex + "' is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex(), e);
        }
    }
}
