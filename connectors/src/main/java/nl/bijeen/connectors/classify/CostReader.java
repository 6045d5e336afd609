package nl.bijeen.connectors.classify;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cost of an activity in one notation: "gratis", "€ 2,50", or {@code null} when unknown. A published cost is
 * tidied ("0,00" and "Gratis!" become "gratis"; "2.5" becomes "€ 2,50"; text that is no single amount is kept);
 * without one, Dutch phrases in the text are read ("kosten: 3 euro", "entree € 2,-", "gratis toegang",
 * "vrije gift", "deelname is kosteloos"). A free-will donation counts as "gratis": nobody is turned away.
 */
final class CostReader {

    /** "€ 2,50", "€2", "eur 3", "3 euro", "2,- euro"; group 1 or 2 holds the number. */
    private static final String AMOUNT = "(?:€|eur\\b|euro\\b)\\s*(\\d{1,4}(?:[.,]\\d{1,2})?)"
            + "|(\\d{1,4}(?:[.,]\\d{1,2})?)\\s*(?:,-\\s*)?(?:euro|eur)\\b";
    private static final Pattern ANY_AMOUNT = Pattern.compile(AMOUNT);
    /** An amount right after a word that says it is the price of taking part. */
    private static final Pattern CUED_AMOUNT = Pattern.compile(
            "(?:kost(?:en)?|prijs|entree|toegang|bijdrage|deelname(?:kosten)?|inschrijf(?:geld|kosten)|contributie|"
                    + "lesgeld|tarief|per (?:keer|persoon|les|avond|middag|ochtend)|p\\.p\\.)"
                    + "[^€\\d\\n.,;!?]{0,25}(?:" + AMOUNT + ")");
    /** Amounts for refreshments are not the price of the activity. */
    private static final Pattern REFRESHMENT_AMOUNT = Pattern.compile(
            "(?:koffie|thee|consumptie|consumpties|drankje|drankjes|soep|lunch)[^€\\d\\n.]{0,20}(?:" + AMOUNT + ")");
    private static final Pattern FREE = Pattern.compile(
            "\\bgratis\\b(?!\\s+(?:koffie|thee|parkeren|consumptie|drankje|wifi|kopje))|\\bkosteloos\\b|vrije gift|"
                    + "vrijwillige bijdrage|geen kosten|kost niets|vrije? (?:entree|toegang)|toegang is vrij|"
                    + "\\bfree\\b");

    private CostReader() {
    }

    static String cost(String published, String text) {
        if (published != null && !published.isBlank()) {
            return tidy(published.strip());
        }
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        String withoutRefreshments = REFRESHMENT_AMOUNT.matcher(lower).replaceAll(" ");
        Matcher cued = CUED_AMOUNT.matcher(withoutRefreshments);
        if (cued.find()) {
            return euros(amountOf(cued));
        }
        if (FREE.matcher(lower).find()) {
            return "gratis";
        }
        Matcher bare = ANY_AMOUNT.matcher(withoutRefreshments);
        return bare.find() ? euros(amountOf(bare)) : null;
    }

    private static String tidy(String published) {
        String lower = published.toLowerCase(Locale.ROOT);
        Matcher amount = ANY_AMOUNT.matcher(lower);
        boolean oneAmount = amount.find() && !amount.find();
        String number = lower.replaceAll("[^0-9.,]", "");
        if (FREE.matcher(lower).find() || lower.matches("\\s*€?\\s*0+(?:[.,]0+)?\\s*(?:,-)?\\s*(?:euro)?\\s*")) {
            return "gratis";
        }
        if (oneAmount && lower.replaceAll(AMOUNT, "").replaceAll("[\\s,.\\-=]", "").isEmpty()) {
            amount.reset().find();
            return euros(amountOf(amount));
        }
        if (lower.matches("\\s*\\d{1,4}(?:[.,]\\d{1,2})?\\s*") && !number.isEmpty()) {
            return euros(new BigDecimal(number.replace(',', '.')));
        }
        return published;
    }

    private static BigDecimal amountOf(Matcher m) {
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        return new BigDecimal(digits.replace(',', '.'));
    }

    private static String euros(BigDecimal amount) {
        if (amount.signum() == 0) {
            return "gratis";
        }
        DecimalFormat dutch = new DecimalFormat("#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€ " + dutch.format(amount);
    }
}
