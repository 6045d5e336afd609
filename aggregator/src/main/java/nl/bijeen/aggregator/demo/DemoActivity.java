package nl.bijeen.aggregator.demo;

import java.util.List;
import java.util.Map;

/**
 * One activity of the demo world, with every site that publishes it.
 *
 * @param organiser   who organises it under its own name (the first publishing site's publisher when world.yml
 *                    names none); a site may name it differently ({@link DemoVariant#organiser()})
 * @param cost        "gratis" or an amount like "€ 2,50"
 * @param publishedOn ids of the sites that publish it; more than one makes it a cross-post (dedupe ground truth)
 * @param variants    per site id, how that site words it differently
 * @param cancelled   true when the organiser called it off (only calendars and agenda pages say so)
 */
public record DemoActivity(String id, String title, String description, DemoPlace place, DemoOrganiser organiser,
                           List<String> audiences, List<String> themes, String cost, DemoSchedule schedule,
                           List<String> publishedOn, Map<String, DemoVariant> variants, boolean cancelled) {

    public DemoActivity {
        audiences = List.copyOf(audiences);
        themes = List.copyOf(themes);
        publishedOn = List.copyOf(publishedOn);
        variants = Map.copyOf(variants);
    }

    public boolean crossPosted() {
        return publishedOn.size() > 1;
    }

    public boolean free() {
        return "gratis".equals(cost);
    }

    /** The activity as {@code site} words it. */
    public Publication on(DemoSite site) {
        DemoVariant variant = variants.get(site.id());
        String t = variant != null && variant.title() != null ? variant.title() : title;
        String d = variant != null && variant.description() != null ? variant.description() : description;
        return new Publication(site, this, t, d, organiser.named(variant == null ? null : variant.organiser()));
    }
}
