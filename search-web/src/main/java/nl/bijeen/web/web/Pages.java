package nl.bijeen.web.web;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.HttpRequest;

/** What the layout of every page needs (letter size, the way back after changing it), in one place. */
public final class Pages {

    private Pages() {
    }

    public static Map<String, Object> model(HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        model.put("textSize", TextSize.of(request));
        model.put("textSizes", TextSize.values());
        String path = request.getUri().getRawPath();
        String query = request.getUri().getRawQuery();
        model.put("here", TextSizeControl.localPath(query == null ? path : path + "?" + query));
        return model;
    }
}
