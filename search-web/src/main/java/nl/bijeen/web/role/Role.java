package nl.bijeen.web.role;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What this process does ({@code bijeen.role}, env BIJEEN_ROLE). The same application runs as any of them; several
 * processes share one PostgreSQL store (README, "Production set-up").
 */
public enum Role {

    /** Crawler, index and web site in one process (the default, and the only choice on the embedded H2 store). */
    ALL("all", "haalt op, indexeert en toont"),
    /** Crawls due sources (leased, shared with the other crawler nodes); opens no index and serves no pages. */
    CRAWLER("crawler", "haalt op; geen index, geen pagina's"),
    /** Serves the pages and the API from its own index, which follows the store; crawls nothing on a timer. */
    WEB("web", "toont pagina's uit een eigen index; haalt zelf niets op");

    /** The property; beans that only a role needs name it in {@code @Requires}. */
    public static final String PROPERTY = "bijeen.role";

    private final String setting;
    private final String description;

    Role(String setting, String description) {
        this.setting = setting;
        this.description = description;
    }

    /** The role written as in the settings ("all", "crawler", "web"); anything else is refused with the choices. */
    public static Role parse(String value) {
        String given = value == null || value.isBlank() ? ALL.setting : value.strip();
        return Arrays.stream(values()).filter(role -> role.setting.equals(given)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("bijeen.role '" + value + "' is unknown: use one of "
                        + Arrays.stream(values()).map(Role::setting).collect(Collectors.joining(", "))));
    }

    public String setting() {
        return setting;
    }

    /** In Dutch, for the start-up log line. */
    public String description() {
        return description;
    }

    /** Whether the scheduler crawls due sources in this process. */
    public boolean crawlsOnSchedule() {
        return this != WEB;
    }

    /** Whether this process keeps a search index and serves the pages and the API. */
    public boolean servesPages() {
        return this != CRAWLER;
    }
}
