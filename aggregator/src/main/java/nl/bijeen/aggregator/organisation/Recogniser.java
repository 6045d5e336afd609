package nl.bijeen.aggregator.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.bijeen.aggregator.dedupe.Overrides;

/**
 * Groups namings into organisations, as deduplication groups items into activities: blocking (only namings that
 * share a block key are compared, see {@link #blockKeys}), a pairwise decision ({@link NamingSimilarity}), admin
 * overrides that always win, and union-find. A MERGE joins two namings whatever they say; a NEVER keeps two
 * namings in different organisations even when a chain of similar namings would join them.
 */
public final class Recogniser {

    /** Shortest name word that is a block key of its own: shorter words are too common to narrow anything. */
    private static final int TOKEN_BLOCK_LENGTH = 4;
    /** Name prefix length that blocks typos in the rest of a name ("welzijnkwartier"). */
    private static final int PREFIX_BLOCK_LENGTH = 5;

    private Recogniser() {
    }

    /** The keys a naming is found by: its name, its words, its name's start, its website, e-mail and phone. */
    public static Set<String> blockKeys(Naming naming) {
        Set<String> keys = new LinkedHashSet<>();
        String squashed = naming.key().squashed();
        if (!squashed.isEmpty()) {
            keys.add("s:" + squashed);
            keys.add("x:" + squashed.substring(0, Math.min(PREFIX_BLOCK_LENGTH, squashed.length())));
        }
        naming.key().tokens().stream().filter(t -> t.length() >= TOKEN_BLOCK_LENGTH).forEach(t -> keys.add("t:" + t));
        addIfPresent(keys, "c:", naming.key().core());
        addIfPresent(keys, "a:", NamingSimilarity.abbreviation(naming.key().tokens()));
        addIfPresent(keys, "h:", naming.host());
        addIfPresent(keys, "m:", naming.mailDomain());
        addIfPresent(keys, "e:", naming.email());
        addIfPresent(keys, "p:", naming.phone());
        return keys;
    }

    /** The organisations among {@code namings}: groups of naming ids, each sorted, ordered by their smallest id. */
    public static List<List<Long>> recognise(Collection<Naming> namings, Overrides overrides) {
        UnionFind groups = new UnionFind();
        namings.forEach(n -> groups.add(n.id()));
        Set<Long> present = groups.ids();
        Map<Long, Set<Long>> never = new HashMap<>();
        for (Overrides.Pair pair : overrides.never()) {
            never.computeIfAbsent(pair.a(), k -> new HashSet<>()).add(pair.b());
            never.computeIfAbsent(pair.b(), k -> new HashSet<>()).add(pair.a());
        }
        for (Overrides.Pair pair : overrides.merge()) {
            if (present.contains(pair.a()) && present.contains(pair.b())) {
                groups.union(pair.a(), pair.b(), never);
            }
        }
        Map<Long, Naming> byId = new HashMap<>();
        namings.forEach(n -> byId.put(n.id(), n));
        for (long[] pair : candidatePairs(namings)) {
            Naming a = byId.get(pair[0]);
            Naming b = byId.get(pair[1]);
            if (!groups.together(a.id(), b.id()) && NamingSimilarity.same(a, b)) {
                groups.union(a.id(), b.id(), never);
            }
        }
        return groups.groups();
    }

    /** Each pair of namings sharing a block key, once, smaller id first, in id order (so results are repeatable). */
    private static List<long[]> candidatePairs(Collection<Naming> namings) {
        Map<String, List<Long>> blocks = new HashMap<>();
        for (Naming naming : namings) {
            for (String key : blockKeys(naming)) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(naming.id());
            }
        }
        Map<Long, Set<Long>> pairs = new TreeMap<>();
        for (List<Long> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    long a = Math.min(block.get(i), block.get(j));
                    long b = Math.max(block.get(i), block.get(j));
                    pairs.computeIfAbsent(a, k -> new java.util.TreeSet<>()).add(b);
                }
            }
        }
        List<long[]> list = new ArrayList<>();
        pairs.forEach((a, bs) -> bs.forEach(b -> list.add(new long[] {a, b})));
        return list;
    }

    private static void addIfPresent(Set<String> keys, String prefix, String value) {
        if (value != null && !value.isEmpty()) {
            keys.add(prefix + value);
        }
    }
}
