package nl.bijeen.aggregator.demo;

/**
 * How the plain pages of the recipe sites name organisations, in the shape config/recipes/demo-buurthuis.yml and
 * demo-bibliotheek.yml document: the organiser's name (a link to its website when it has one) followed by its
 * e-mail address, and a line in the footer naming who runs the site.
 */
final class RecipeOrganisers {

    private RecipeOrganisers() {
    }

    /** {@code <a class="organisator" href="url">name</a> · <a class="mail" href="mailto:…">…</a>}. */
    static String nameAndContact(DemoOrganiser organiser) {
        StringBuilder html = new StringBuilder();
        String name = Html.escape(organiser.name());
        if (organiser.url() != null) {
            html.append("<a class=\"organisator\" href=\"").append(Html.escape(organiser.url())).append("\">")
                    .append(name).append("</a>");
        } else {
            html.append("<span class=\"organisator\">").append(name).append("</span>");
        }
        if (organiser.email() != null) {
            html.append(" · <a class=\"mail\" href=\"mailto:").append(Html.escape(organiser.email())).append("\">")
                    .append(Html.escape(organiser.email())).append("</a>");
        }
        return html.toString();
    }

    /** "Buurthuis Zuid is een initiatief van …", with the publisher's contact and phone number. */
    static String publisherLine(RenderContext ctx) {
        DemoOrganiser publisher = ctx.site().organisation();
        StringBuilder html = new StringBuilder("<p class=\"uitgever\">")
                .append(Html.escape(ctx.site().name())).append(" is een initiatief van ")
                .append(nameAndContact(publisher));
        if (publisher.profile() != null && publisher.profile().organisation().phone() != null) {
            html.append(" · <span class=\"telefoon\">")
                    .append(Html.escape(publisher.profile().organisation().phone())).append("</span>");
        }
        return html.append("</p>\n").toString();
    }
}
