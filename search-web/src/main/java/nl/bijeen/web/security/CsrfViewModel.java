package nl.bijeen.web.security;

import java.util.Map;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

/**
 * Puts the page's CSRF token ({@link CsrfCookieFilter}) in every view model as {@code csrfToken}, so a form needs
 * only {@code <input type="hidden" name="csrfToken" th:value="${csrfToken}">} (fragment {@code fragments/csrf}).
 */
@Singleton
public class CsrfViewModel implements ViewModelProcessor<Map<String, Object>>, Ordered {

    /**
     * Last: Micronaut Views' own CSRF decorator puts the token of the browser's cookie in the model, which right after
     * a login is the old, refused one; this page's token must win. (A page answering a POST has no new token; there
     * the cookie's token, just checked, stays.)
     */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        request.getAttribute(CsrfCookieFilter.TOKEN_ATTRIBUTE, String.class).ifPresent(token ->
                modelAndView.getModel().ifPresent(model -> putIfMutable(model, token)));
    }

    private static void putIfMutable(Map<String, Object> model, String token) {
        try {
            model.put("csrfToken", token);
        } catch (UnsupportedOperationException e) {
            // an immutable model (Map.of) belongs to a page without forms
        }
    }
}
