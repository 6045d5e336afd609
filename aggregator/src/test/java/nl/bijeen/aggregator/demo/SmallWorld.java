package nl.bijeen.aggregator.demo;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The small test world with awkward characters, rendered for a fixed clock. */
final class SmallWorld {

    static final URI BASE = URI.create("http://127.0.0.1:8099/");
    static final DemoWorld WORLD = DemoWorld.loadFile(DemoFixtures.resource("small-world.yml"));

    static final String KOFFIE_TITLE = "Koffie & thee \"bij Els\"; zonder afspraak, gewoon <binnenlopen>";

    private SmallWorld() {
    }

    static byte[] render(String path) {
        return new DemoSiteRenderer(WORLD).render(path, BASE, DemoFixtures.NOVEMBER_MONDAY).orElseThrow().body();
    }

    static String renderText(String path) {
        return new String(render(path), StandardCharsets.UTF_8);
    }
}
