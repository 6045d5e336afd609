package nl.bijeen.aggregator.demo;

import java.util.List;
import java.util.Map;

/** The shape of config/demo/world.yml as written; {@link WorldValidator} turns it into a checked world. */
record WorldFile(List<Site> sites, List<Place> places, List<Activity> activities) {

    record Organiser(String name, String url, String email) {
        DemoOrganiser toDemo() {
            return new DemoOrganiser(name, url, email);
        }
    }

    record Site(String id, String name, String kind, String wijk, String format, String feed, String intro,
                Organiser organisation) {
    }

    record Place(String id, String name, String street, String postcode, String town, String wijk, Double lat,
                 Double lon) {
    }

    record Variant(String title, String description) {
    }

    record Activity(String id, String title, String description, String place, Organiser organiser,
                    List<String> audiences, List<String> themes, String cost, String schedule,
                    List<String> publishedOn, Map<String, Variant> variants, Boolean cancelled) {
    }
}
