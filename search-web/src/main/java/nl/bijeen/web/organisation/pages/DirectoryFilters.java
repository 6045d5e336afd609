package nl.bijeen.web.organisation.pages;

import java.util.ArrayList;
import java.util.List;

import nl.bijeen.web.organisation.search.OrganisationFacets;
import nl.bijeen.web.search.SearchLink;
import nl.bijeen.web.web.FilterPanel;
import nl.bijeen.web.web.FilterChip;

/**
 * The directory's filter form (a checkbox group per dimension with counts, as beside the activity results) and the
 * chips that say what is chosen, each with a link that removes it. The counts come drill-sideways from the search,
 * so a group keeps showing its other values while one is ticked.
 */
final class DirectoryFilters {

    private static final int SHOWN = 6;

    private DirectoryFilters() {
    }

    static List<FilterPanel.Group> groups(DirectoryRequest asked, OrganisationFacets facets) {
        List<FilterPanel.Group> groups = new ArrayList<>();
        groups.add(group(DirectoryRequest.THEME, "Thema", facets.themes(), asked.themes()));
        groups.add(group(DirectoryRequest.AUDIENCE, "Voor wie", facets.audiences(), asked.audiences()));
        groups.add(group(DirectoryRequest.WIJK, "Wijk", facets.wijken(), asked.wijken()));
        groups.add(group(DirectoryRequest.KIND, "Soort organisatie", facets.kinds(), asked.kinds()));
        return groups.stream().filter(g -> !g.shown().isEmpty()).toList();
    }

    /** One chip per chosen value, labelled as in the form. */
    static List<FilterChip> chips(DirectoryRequest asked, OrganisationFacets facets) {
        List<FilterChip> chips = new ArrayList<>();
        addChips(chips, asked.selection(), DirectoryRequest.THEME, asked.themes(), facets.themes());
        addChips(chips, asked.selection(), DirectoryRequest.AUDIENCE, asked.audiences(), facets.audiences());
        addChips(chips, asked.selection(), DirectoryRequest.WIJK, asked.wijken(), facets.wijken());
        addChips(chips, asked.selection(), DirectoryRequest.KIND, asked.kinds(), facets.kinds());
        return chips;
    }

    private static FilterPanel.Group group(String parameter, String legend, List<OrganisationFacets.Count> counts,
                                           List<String> ticked) {
        List<FilterPanel.Choice> all = new ArrayList<>();
        for (String value : ticked) {
            if (counts.stream().noneMatch(c -> c.value().equals(value))) {
                all.add(choice(parameter, all.size(), value, value, 0, true)); // ticked, nothing left to count
            }
        }
        for (OrganisationFacets.Count c : counts) {
            all.add(choice(parameter, all.size(), c.value(), c.label(), c.count(), ticked.contains(c.value())));
        }
        List<FilterPanel.Choice> ordered = new ArrayList<>(all.stream().filter(FilterPanel.Choice::checked).toList());
        all.stream().filter(c -> !c.checked()).forEach(ordered::add);
        int split = Math.min(ordered.size(), Math.max(SHOWN, ticked.size()));
        return new FilterPanel.Group(parameter, legend, ordered.subList(0, split),
                ordered.subList(split, ordered.size()));
    }

    private static void addChips(List<FilterChip> chips, SearchLink selection, String parameter, List<String> chosen,
                                 List<OrganisationFacets.Count> counts) {
        for (String value : chosen) {
            String label = counts.stream().filter(c -> c.value().equals(value)).map(OrganisationFacets.Count::label)
                    .findFirst().orElse(value);
            chips.add(new FilterChip(label, selection.without(parameter, value).at("/organisaties")));
        }
    }

    private static FilterPanel.Choice choice(String parameter, int index, String value, String label, long count,
                                             boolean checked) {
        return new FilterPanel.Choice("o-" + parameter + "-" + index, value, label, count, checked);
    }
}
