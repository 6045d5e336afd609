package nl.bijeen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;

import nl.bijeen.web.support.FormClient;
import nl.bijeen.web.support.StaffApp;

/**
 * Walks every route of the application: each says who may use it; every page that is not public refuses anonymous
 * visitors (to the login) and users with the wrong role (403); every form POST refuses a request without a valid
 * CSRF token (403), also when logged in with the right role. New routes are covered without changing this test.
 */
@MicronautTest
class RouteSecurityTest extends StaffApp {

    @Inject
    Router router;

    RouteSecurityTest() {
        super("routes");
    }

    @Test
    void everyRouteSaysWhoMayUseIt() {
        assertThat(ours()).isNotEmpty().allSatisfy(r -> assertThat(roles(r)).as(describe(r)).isNotEmpty());
    }

    @Test
    void everyNonPublicPageSendsAnonymousVisitorsToTheLogin() {
        List<UriRouteInfo<?, ?>> secured = ours().stream().filter(r -> r.getHttpMethod() == HttpMethod.GET)
                .filter(r -> !isPublic(r)).toList();
        assertThat(secured).as("secured pages").isNotEmpty();
        for (UriRouteInfo<?, ?> route : secured) {
            HttpResponse<String> answer = browser().get(path(route));
            assertThat(answer.getStatus().getCode()).as(describe(route)).isEqualTo(303);
            assertThat(answer.header("Location")).as(describe(route)).startsWith("/inloggen?terug=");
        }
    }

    @Test
    void everyAdminPageRefusesAProfessional() {
        FormClient professional = browser().logIn(PROFESSIONAL, PASSWORD);
        List<UriRouteInfo<?, ?>> adminOnly = ours().stream().filter(r -> r.getHttpMethod() == HttpMethod.GET)
                .filter(r -> roles(r).contains(Roles.ADMIN) && !roles(r).contains(Roles.PROFESSIONAL)).toList();
        assertThat(adminOnly).as("admin pages").isNotEmpty();
        for (UriRouteInfo<?, ?> route : adminOnly) {
            assertThat(professional.get(path(route)).getStatus().getCode()).as(describe(route)).isEqualTo(403);
        }
    }

    @Test
    void everyFormPostRefusesARequestWithoutAValidToken() {
        FormClient admin = browser().logIn(ADMIN, PASSWORD);
        List<UriRouteInfo<?, ?>> posts = ours().stream().filter(r -> r.getHttpMethod() == HttpMethod.POST).toList();
        assertThat(posts).as("form posts").isNotEmpty();
        for (UriRouteInfo<?, ?> route : posts) {
            assertThat(admin.post(path(route), Map.of("x", "1")).getStatus().getCode()).as(describe(route) + " no token")
                    .isEqualTo(403);
            assertThat(admin.post(path(route), Map.of("csrfToken", "bedacht.token")).getStatus().getCode())
                    .as(describe(route) + " made-up token").isEqualTo(403);
            assertThat(browser().post(path(route), Map.of("x", "1")).getStatus().getCode())
                    .as(describe(route) + " anonymous").isIn(401, 403);
        }
        assertThat(admin.get("/beheer").getStatus().getCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void noOtherMethodThanReadingAndFormPostsIsOffered() {
        assertThat(ours()).allSatisfy(r -> assertThat(r.getHttpMethod().name()).as(describe(r))
                .isIn("GET", "HEAD", "POST")); // HEAD: Micronaut answers it for every GET
    }

    private List<UriRouteInfo<?, ?>> ours() {
        return router.uriRoutes().<UriRouteInfo<?, ?>>map(r -> r)
                .filter(r -> r.getTargetMethod().getDeclaringType().getPackageName().startsWith("nl.bijeen")).toList();
    }

    private static List<String> roles(UriRouteInfo<?, ?> route) {
        return Arrays.asList(route.getTargetMethod().getAnnotationMetadata().stringValues(Secured.class));
    }

    private static boolean isPublic(UriRouteInfo<?, ?> route) {
        return roles(route).contains(SecurityRule.IS_ANONYMOUS);
    }

    /** The route's address with every {variable} filled in (the check happens before the value matters). */
    private static String path(UriRouteInfo<?, ?> route) {
        Map<String, Object> values = new HashMap<>();
        route.getUriMatchTemplate().getVariableNames().forEach(v -> values.put(v, "1"));
        return route.getUriMatchTemplate().expand(values);
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        return route.getHttpMethod() + " " + route.getUriMatchTemplate() + " (" + route.getTargetMethod() + ")";
    }
}
