package nl.bijeen.web.owner;

import java.net.URI;

import nl.bijeen.aggregator.crawl.DryRun;
import nl.bijeen.aggregator.owner.OwnedSource;

/**
 * Proof that whoever registered a source can change the website: the source's verification code in a
 * {@code <meta name="bijeen-verificatie" content="…">} on the registered page, or in the file
 * {@code /.well-known/bijeen-verificatie.txt} of the site. Both are fetched through the crawl's guarded fetcher.
 */
final class Ownership {

    static final String META = "bijeen-verificatie";
    static final String WELL_KNOWN = "/.well-known/bijeen-verificatie.txt";

    private Ownership() {
    }

    static boolean proven(DryRun fetch, OwnedSource source) {
        String code = source.verificationCode();
        if (code == null) {
            return false;
        }
        URI site = source.siteUrl() == null ? source.feedUrl() : source.siteUrl();
        return fetch.pageContains(site, code) || fetch.pageContains(site.resolve(WELL_KNOWN), code);
    }
}
