package nl.bijeen.aggregator.demo;

/**
 * One demo website.
 *
 * @param id           short id, also the first path segment under which the site is served
 * @param kind         what sort of organisation it is (buurthuis, bibliotheek, …), shown on the index page
 * @param wijk         CBS wijk code of the wijk the organisation works in
 * @param feedPath     path of the feed or agenda page below the site, e.g. "agenda.ics"
 * @param organisation the organisation behind the site: the default organiser of its activities
 */
public record DemoSite(String id, String name, String kind, String wijk, DemoFormat format, String feedPath,
                       String intro, DemoOrganiser organisation) {

    public String homePath() {
        return "/" + id + "/";
    }

    public String feedUrlPath() {
        return "/" + id + "/" + feedPath;
    }
}
