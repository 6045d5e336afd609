package nl.bijeen.connectors.text;

import java.util.regex.Pattern;

/**
 * Dates that are not when the activity happens: deadlines ("aanmelden vóór 10 maart", "opgeven uiterlijk 3 mei",
 * "inschrijven kan tot 1 april") and the post's own dates ("geplaatst op 2 maart", "bijgewerkt op").
 */
final class NotActivityDates {

    private static final Pattern BEFORE_DATE = Pattern.compile(
            "(?:vóór|voor\\s+of\\s+op|uiterlijk|deadline|sluitingsdatum|inleveren\\s+(?:vóór|voor|tot)"
                    + "|(?:aanmelden|opgeven|inschrijven|reserveren|reageren|aanmelding|inschrijving|aanvragen|indienen|insturen)\\s*:?\\s+"
                    + "(?:is\\s+|kan\\s+)?(?:mogelijk\\s+)?(?:voor|tot|t/m|tot\\s+en\\s+met|vóór|uiterlijk|vanaf|per)"
                    + "|(?:geplaatst|gepubliceerd|gepost|bijgewerkt|gewijzigd|aangepast)(?:\\s+op)?\\s*:?"
                    + "|publicatiedatum\\s*:?|laatst\\s+gewijzigd\\s*:?|datum\\s+publicatie\\s*:?)"
                    + "\\s*:?\\s*(?:de\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NotActivityDates() {
    }

    /** True when the words just before {@code dateStart} make the date a deadline or a publication date. */
    static boolean at(String text, int dateStart) {
        return BEFORE_DATE.matcher(text.substring(Math.max(0, dateStart - 45), dateStart)).find();
    }
}
