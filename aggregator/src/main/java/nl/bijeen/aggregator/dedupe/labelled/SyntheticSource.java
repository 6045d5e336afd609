package nl.bijeen.aggregator.dedupe.labelled;

import nl.bijeen.aggregator.demo.DemoOrganiser;

/**
 * A source of the labelled set: a demo site copied into one town, or a town-wide agenda.
 *
 * @param id           unique over all towns ("buurthuis-de-kern~3")
 * @param katwijkWijk  the source's default wijk as in Katwijk (the town's own code is put in when publishing): the
 *                     aggregator gives items without a located place their source's wijk
 * @param organisation who runs the source, named as organiser by sites that do not name the real one
 */
record SyntheticSource(String id, String katwijkWijk, DemoOrganiser organisation) {
}
