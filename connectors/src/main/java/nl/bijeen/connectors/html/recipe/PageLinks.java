package nl.bijeen.connectors.html.recipe;

import java.net.URI;

import nl.bijeen.connectors.text.Links;

/**
 * {@link Links#absolute} with one fix for plain sites: a query-only link ("?id=231", common on PHP sites) belongs to
 * the page it is on, as browsers read it (RFC 3986), while {@code java.net.URI#resolve} (RFC 2396) drops the page's
 * file name and gives ".../?id=231".
 */
final class PageLinks {

    private PageLinks() {
    }

    static URI absolute(String href, URI base) {
        if (href != null && base != null && href.strip().startsWith("?") && base.getRawPath() != null) {
            String page = base.getScheme() + "://" + base.getRawAuthority() + base.getRawPath();
            return Links.absolute(page + href.strip(), null);
        }
        return Links.absolute(href, base);
    }
}
