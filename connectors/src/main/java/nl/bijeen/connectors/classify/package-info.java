/**
 * Classification: which audiences and themes of the taxonomy ({@code config/taxonomy.yml}) an activity belongs to,
 * its cost in one Dutch notation and whether it says it is wheelchair accessible. Pure functions of the draft, the
 * taxonomy and the source's defaults: no network, no state, safe to share between threads.
 */
package nl.bijeen.connectors.classify;
