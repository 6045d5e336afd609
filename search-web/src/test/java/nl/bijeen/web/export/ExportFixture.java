package nl.bijeen.web.export;

import nl.bijeen.web.support.AgendaApp;

/** The application over the test agenda ({@link AgendaApp}); each subclass reads exports back with a reader of its own. */
abstract class ExportFixture extends AgendaApp {

    ExportFixture() {
        super("export");
    }
}
