package nl.bijeen.aggregator.demo;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The demo server's front page: every site, with its kind, wijk and format. */
final class WorldIndexRenderer {

    byte[] render(DemoWorld world, URI base) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Demowereld Katwijk</title>\n</head>\n<body>\n<h1>Demowereld Katwijk</h1>\n")
                .append("<p>Verzonnen websites van organisaties in Katwijk, om Bijeen zonder internet te proberen.</p>\n")
                .append("<table>\n<thead><tr><th>Website</th><th>Soort</th><th>Wijk</th><th>Formaat</th></tr></thead>\n")
                .append("<tbody>\n");
        for (DemoSite site : world.sites()) {
            html.append("<tr><td><a href=\"").append(Html.escape(base.resolve(site.homePath()).toString()))
                    .append("\">").append(Html.escape(site.name())).append("</a></td><td>")
                    .append(Html.escape(site.kind())).append("</td><td>")
                    .append(Html.escape(KatwijkWijken.NAMES.getOrDefault(site.wijk(), site.wijk()))).append("</td><td><a href=\"")
                    .append(Html.escape(DemoWorld.feedUri(base, site).toString())).append("\">")
                    .append(site.format().worldName()).append("</a></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
