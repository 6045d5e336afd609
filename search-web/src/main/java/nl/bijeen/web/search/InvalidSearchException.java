package nl.bijeen.web.search;

/** A search parameter with a value that cannot be searched; the message is plain Dutch for whoever sent it. */
public final class InvalidSearchException extends IllegalArgumentException {

    private final String parameter;

    public InvalidSearchException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The API parameter the message is about ("postcode", "limit"). */
    public String parameter() {
        return parameter;
    }
}
