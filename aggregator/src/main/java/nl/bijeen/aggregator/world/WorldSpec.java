package nl.bijeen.aggregator.world;

/**
 * What world to generate.
 *
 * @param sites how many neighbourhood sites
 * @param items how many items they publish together (one activity on one site is one item); the world ends on a
 *              whole activity, so it may hold a few more
 * @param seed  the same seed (with the same clock and templates) gives the same world, byte for byte
 */
public record WorldSpec(int sites, int items, long seed) {

    public WorldSpec {
        if (sites < 1) {
            throw new IllegalArgumentException("a world needs at least one site, not " + sites);
        }
        if (items < sites) {
            throw new IllegalArgumentException("a world of " + sites + " sites needs at least as many items, not "
                    + items);
        }
    }
}
