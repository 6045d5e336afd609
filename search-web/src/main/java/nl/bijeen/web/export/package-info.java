/**
 * Exports of any search: iCal (also as a webcal subscription), RSS and Atom, CSV (activities and a "netwerklijst" of
 * organisers), a PDF booklet and a weekly PDF poster per wijk. Every format takes the same query as the search page.
 *
 * <p>Everything in an activity comes from websites Bijeen does not control, so every writer here treats text as
 * hostile: it is escaped for its format ({@link nl.bijeen.web.export.SafeText}), links are kept only when they are
 * http or https, and CSV cells that a spreadsheet would run as a formula are defused.
 */
package nl.bijeen.web.export;
