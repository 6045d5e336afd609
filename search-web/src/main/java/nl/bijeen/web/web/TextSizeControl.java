package nl.bijeen.web.web;

import java.net.URI;
import java.time.Duration;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

/**
 * "Letters: normaal / groter / grootst" in every page header are plain links to here: the choice goes into a cookie
 * and the visitor returns to the page they were on. No JavaScript needed.
 */
@Secured(SecurityRule.IS_ANONYMOUS) // public: residents and developers, no login
@Controller("/tekstgrootte")
public class TextSizeControl {

    @Get
    public HttpResponse<?> choose(@Nullable @QueryValue String maat, @Nullable @QueryValue String terug) {
        TextSize size = TextSize.parse(maat).orElse(TextSize.NORMAAL);
        Cookie cookie = Cookie.of(TextSize.COOKIE, size.value()).path("/").httpOnly(true)
                .sameSite(SameSite.Lax).maxAge(Duration.ofDays(365));
        return HttpResponse.seeOther(URI.create(localPath(terug))).cookie(cookie);
    }

    /** Only a path on this site: "terug" must not turn Bijeen into a redirector to anywhere (open redirect). */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? back : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
