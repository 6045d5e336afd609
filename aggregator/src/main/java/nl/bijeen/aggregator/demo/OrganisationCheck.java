package nl.bijeen.aggregator.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.bijeen.connectors.model.OrganisationKind;

/** Checks the organisations of world.yml, collecting every problem with the organisation it is about. */
final class OrganisationCheck {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String DAY = "(Mo|Tu|We|Th|Fr|Sa|Su)";
    /** schema.org openingHours: "Mo-Fr 09:00-17:00", "Tu,Th 13:30-16:00". */
    private static final Pattern HOURS = Pattern.compile(DAY + "([-,]" + DAY + ")* \\d{2}:\\d{2}-\\d{2}:\\d{2}");
    private static final Pattern PHONE = Pattern.compile("0[0-9 ]{9,13}");

    private final List<String> problems;

    OrganisationCheck(List<String> problems) {
        this.problems = problems;
    }

    Map<String, OrganisationProfile> organisations(List<WorldFile.Organisation> entries,
                                                   Map<String, DemoPlace> places) {
        Map<String, OrganisationProfile> organisations = new LinkedHashMap<>();
        for (WorldFile.Organisation o : entries == null ? List.<WorldFile.Organisation>of() : entries) {
            String where = "organisation '" + o.id() + "'";
            if (o.id() == null || !ID.matcher(o.id()).matches() || organisations.containsKey(o.id())) {
                problems.add(where + ": id must be lower-case letters, digits and '-', and used once");
                continue;
            }
            profile(where, o, places).ifPresent(p -> organisations.put(o.id(), p));
        }
        return organisations;
    }

    private java.util.Optional<OrganisationProfile> profile(String where, WorldFile.Organisation o,
                                                            Map<String, DemoPlace> places) {
        int before = problems.size();
        if (o.name() == null || o.name().isBlank()) {
            problems.add(where + ": name is missing");
        }
        if (OrganisationKind.ofCode(String.valueOf(o.kind())).isEmpty()) {
            problems.add(where + ": kind '" + o.kind() + "' is not one of " + kindCodes());
        }
        if (o.url() == null && o.email() == null) {
            problems.add(where + ": needs a url or an email, or no source could name it recognisably");
        }
        if (o.phone() != null && !PHONE.matcher(o.phone()).matches()) {
            problems.add(where + ": phone '" + o.phone() + "' must look like 071 123 45 67");
        }
        List<String> hours = o.openingHours() == null ? List.of() : o.openingHours();
        hours.stream().filter(h -> !HOURS.matcher(h).matches()).forEach(h ->
                problems.add(where + ": opening hours '" + h + "' must look like 'Mo-Fr 09:00-17:00'"));
        DemoPlace place = o.place() == null ? null : places.get(o.place());
        if (o.place() != null && place == null) {
            problems.add(where + ": place '" + o.place() + "' is not one of the places");
        }
        String wijk = place != null ? place.wijk() : o.wijk();
        if (wijk == null || !KatwijkWijken.isWijk(wijk)) {
            problems.add(where + ": needs a place or a wijk (CBS code of Katwijk)");
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        DemoOrganisation organisation = new DemoOrganisation(o.id(), o.name().strip(), o.kind(), o.url(), o.email(),
                o.phone(), hours, o.subsidised(), wijk);
        return java.util.Optional.of(new OrganisationProfile(organisation, place,
                o.description() == null ? null : o.description().strip()));
    }

    /** Pairs of organisations world.yml says must stay apart however alike their names look. */
    List<Set<String>> hardNegatives(List<WorldFile.Organisation> entries, Set<String> known) {
        List<Set<String>> pairs = new ArrayList<>();
        for (WorldFile.Organisation o : entries == null ? List.<WorldFile.Organisation>of() : entries) {
            for (String other : o.distinctFrom() == null ? List.<String>of() : o.distinctFrom()) {
                if (!known.contains(other) || other.equals(o.id())) {
                    problems.add("organisation '" + o.id() + "': distinctFrom names unknown organisation '"
                            + other + "'");
                } else if (!pairs.contains(Set.of(o.id(), other))) {
                    pairs.add(Set.of(o.id(), other));
                }
            }
        }
        return List.copyOf(pairs);
    }

    private static String kindCodes() {
        return String.join(", ", java.util.Arrays.stream(OrganisationKind.values()).map(OrganisationKind::code)
                .toList());
    }
}
