package com.opsflow.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * A page of the platform (sign-in, errors) from a classpath file with {@code {{name}}} slots.
 * Values are HTML-escaped unless the slot's name ends in {@code Html} (markup built here).
 */
final class HtmlTemplate {

    private final String text;

    private HtmlTemplate(String text) {
        this.text = text;
    }

    static HtmlTemplate load(String path) {
        try {
            return new HtmlTemplate(new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template from text (the tests' probe). */
    static HtmlTemplate fromText(String text) {
        return new HtmlTemplate(text);
    }

    String render(Map<String, String> values) {
        String out = text;
        for (var e : values.entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue();
            out = out.replace("{{" + e.getKey() + "}}", e.getKey().endsWith("Html") ? value : HtmlUtils.htmlEscape(value));
        }
        return out;
    }
}
