/**
 * The Open Referral Human Services Data Specification (HSDS 3.0) export: Bijeen's organisations as HSDS
 * organizations, their current activities as services with schedules and locations, in the HSDS JSON shape (paged as
 * the HSDS API pages) and as the HSDS tabular data package (CSV files plus {@code datapackage.json}), so other
 * social-map products can take Bijeen's data without knowing Bijeen.
 */
package nl.bijeen.web.hsds;
