package nl.bijeen.aggregator.crawl;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import javax.net.ssl.SSLException;

import org.apache.hc.core5.http.NoHttpResponseException;

import nl.bijeen.connectors.spi.ConnectorException;

/** Plain Dutch explanations of why a crawl failed, for operators (stored as the source's last error). */
public final class FailureMessages {

    /** The website hung up (a reset, or closed without a word) after our request and before any answer. */
    static final String RESET_BEFORE_ANSWER = "De website verbrak de verbinding voordat er een antwoord kwam.";

    /** The website hung up while the file came in: what arrived is incomplete and was not used. */
    static final String RESET_DURING_BODY = "De website verbrak de verbinding terwijl het bestand binnenkwam; het"
            + " bestand is niet compleet ontvangen en daarom niet gebruikt.";

    private FailureMessages() {
    }

    /** The explanation for any failure that ended a crawl. */
    public static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof CrawlException crawl) {
            return crawl.getMessage();
        }
        if (cause instanceof ConnectorException connector) {
            return "De inhoud kon niet worden gelezen: " + connector.getMessage();
        }
        return "Er ging iets mis bij het verwerken van deze bron (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ").";
    }

    static String httpStatus(int status) {
        return "De website antwoordde met foutcode " + status + ".";
    }

    static String timeout(Duration limit) {
        return "De website antwoordde niet binnen " + seconds(limit) + ".";
    }

    static String connectTimeout(Duration limit) {
        return "De website reageerde niet binnen " + seconds(limit) + " op een verbindingsverzoek.";
    }

    static String tooLarge(long maxBytes) {
        return "Het bestand is groter dan de toegestane " + size(maxBytes) + "; het ophalen is afgebroken.";
    }

    /** Network-level failures, translated by kind. */
    static String network(Throwable failure, Duration connectTimeout) {
        Throwable cause = mostTelling(failure);
        if (cause instanceof HttpConnectTimeoutException) {
            return "De website reageerde niet binnen " + seconds(connectTimeout) + " op een verbindingsverzoek.";
        }
        if (cause instanceof HttpTimeoutException) {
            return "De website antwoordde niet op tijd.";
        }
        if (cause instanceof UnknownHostException) {
            return "De naam van de website is onbekend (" + cause.getMessage() + ").";
        }
        if (cause instanceof ConnectException) {
            return "De website was niet bereikbaar: de verbinding werd geweigerd.";
        }
        if (cause instanceof NoHttpResponseException || isReset(cause)) {
            return RESET_BEFORE_ANSWER;
        }
        if (cause instanceof SSLException) {
            return "De beveiligde verbinding met de website mislukte (" + cause.getMessage() + ").";
        }
        return "De website was niet bereikbaar (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ").";
    }

    /** The first exception in the chain whose kind we can explain, else the failure itself. */
    private static Throwable mostTelling(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof UnknownHostException || t instanceof ConnectException
                    || t instanceof SSLException || t instanceof NoHttpResponseException || isReset(t)) {
                return t;
            }
        }
        return failure;
    }

    /** A TCP reset as the JDK reports it ("Connection reset", "Connection reset by peer"). */
    private static boolean isReset(Throwable t) {
        return t instanceof SocketException && t.getMessage() != null && t.getMessage().startsWith("Connection reset");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof CrawlException) && !(cause instanceof ConnectorException) && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof CrawlException || cause instanceof ConnectorException ? cause : failure;
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return millis + " milliseconden";
        }
        long s = millis / 1000;
        return s == 1 ? "1 seconde" : s + " seconden";
    }

    private static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " kB";
        }
        return bytes + " bytes";
    }
}
