package nl.bijeen.aggregator.demo;

import java.util.List;
import java.util.Map;

/** The shape of config/demo/world.yml as written; {@link WorldValidator} turns it into a checked world. */
record WorldFile(List<Organisation> organisations, List<Site> sites, List<Place> places, List<Activity> activities) {

    record Organisation(String id, String name, String kind, String url, String email, String phone, String place,
                        String wijk, String description, List<String> openingHours, Boolean subsidised,
                        List<String> distinctFrom) {
    }

    record Site(String id, String name, String kind, String wijk, String format, String feed, String intro,
                String publisher, String publisherName) {
    }

    record Place(String id, String name, String street, String postcode, String town, String wijk, Double lat,
                 Double lon) {
    }

    record Variant(String title, String description, String organiser) {
    }

    record Activity(String id, String title, String description, String place, String organiser,
                    List<String> audiences, List<String> themes, String cost, String schedule,
                    List<String> publishedOn, Map<String, Variant> variants, Boolean cancelled) {
    }
}
