package nl.bijeen.connectors.ical;

/** One VEVENT that cannot be imported; becomes a warning, the rest of the calendar is still read. */
final class InvalidEventException extends Exception {

    InvalidEventException(String message) {
        super(message);
    }
}
