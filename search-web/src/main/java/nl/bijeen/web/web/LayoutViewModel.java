package nl.bijeen.web.web;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

/**
 * Gives every page what the shared layout needs ({@link Pages#model}: letter size, the way back), so a controller
 * of another feature (login, control room, sign-up) renders the same header without knowing about it.
 */
@Singleton
public class LayoutViewModel implements ViewModelProcessor<Map<String, Object>> {

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        modelAndView.getModel().ifPresent(model -> {
            try {
                Pages.model(request).forEach(model::putIfAbsent);
            } catch (UnsupportedOperationException e) {
                // an immutable model (Map.of) is a page without the shared header
            }
        });
    }
}
