package nl.bijeen.connectors.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading organisation names out of feed and page metadata, where the same fields also carry people, CMS accounts
 * and page titles: "Welzijn Kust en Rijn - Agenda" is the organisation Welzijn Kust en Rijn; "webmaster" or
 * "Marieke de Vries" as an item's author is not an organisation.
 */
public final class OrganisationNames {

    /** Words (or word endings) that make a name an organisation's ("Stichting …", "Team …", "Buurtkoor …"). */
    private static final Set<String> ORGANISATION_WORDS = Set.of("stichting", "vereniging", "club", "kerk",
            "parochie", "gemeente", "bibliotheek", "welzijn", "buurthuis", "wijkcentrum", "dorpshuis", "centrum",
            "team", "bestuur", "koor", "comité", "commissie", "raad", "werkgroep", "café", "cafe", "steunpunt",
            "taalhuis", "jongerenwerk", "buurtwerk", "bewoners", "buurtvereniging", "wijkvereniging", "school",
            "scouting", "voedselbank", "museum", "sportvereniging", "zorgcentrum", "platform", "collectief", "groep",
            "bond", "initiatief", "coöperatie", "netwerk", "huis", "beweegt", "moestuin", "repair");
    /** A separator with an agenda-ish word after (or before) it: " - Agenda", " | Activiteiten", "Agenda – ". */
    private static final String AGENDA_WORDS = "(agenda|activiteiten|activiteitenagenda|evenementen|events|kalender|"
            + "programma|nieuws|nieuws en activiteiten|nieuws & activiteiten|wat is er te doen)";
    private static final Pattern AGENDA_SUFFIX = Pattern.compile(
            "^(.+?)\\s+[-–—|:»·]\\s+" + AGENDA_WORDS + "\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AGENDA_PREFIX = Pattern.compile(
            "^" + AGENDA_WORDS + "\\s+[-–—|:»·]\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ONLY_AGENDA = Pattern.compile("^" + AGENDA_WORDS + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** "info@x.nl (Buurthuis X)" as RSS managingEditor and webMaster write it. */
    private static final Pattern NAME_IN_PARENTHESES = Pattern.compile("\\(([^)]+)\\)");

    private OrganisationNames() {
    }

    /**
     * The organisation a feed or page title names, without an agenda-ish suffix or prefix when it is clearly one
     * ("Welzijn Kust en Rijn - Agenda", "Activiteiten | Buurthuis Zuid"); a title that is only such a word
     * ("Agenda") names none. Other titles are kept whole: "Agenda van De Kern" or "Nieuws uit de wijk" are left
     * as they are rather than guessed at.
     */
    public static Optional<String> fromTitle(String title) {
        String t = title == null ? "" : HtmlSanitizer.singleLine(title);
        if (t.isEmpty() || ONLY_AGENDA.matcher(t).matches()) {
            return Optional.empty();
        }
        Matcher suffix = AGENDA_SUFFIX.matcher(t);
        if (suffix.matches()) {
            return Optional.of(suffix.group(1).strip());
        }
        Matcher prefix = AGENDA_PREFIX.matcher(t);
        return Optional.of(prefix.matches() ? prefix.group(2).strip() : t);
    }

    /**
     * True when {@code name} reads as an organisation rather than a person or a CMS account: it has an
     * organisation word, an abbreviation in capitals ("KBO Katwijk"), a web domain, or an ampersand.
     */
    public static boolean looksLikeOrganisation(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : lower.split("[^\\p{L}]+")) {
            // Dutch compounds: "buurtkoor", "speeltuinvereniging", "seniorenraad".
            if (ORGANISATION_WORDS.stream().anyMatch(word::endsWith)) {
                return true;
            }
        }
        return name.matches(".*\\b\\p{Lu}{2,}\\b.*") || name.contains("&")
                || lower.matches(".*[a-z0-9-]+\\.(nl|be|org|com|net|eu|example)\\b.*");
    }

    /** The e-mail address in a text like "info@x.nl (Buurthuis X)", if any. */
    public static Optional<String> emailIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = EMAIL.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** The name in parentheses in "info@x.nl (Buurthuis X)", if any. */
    public static Optional<String> nameInParentheses(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NAME_IN_PARENTHESES.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }
}
