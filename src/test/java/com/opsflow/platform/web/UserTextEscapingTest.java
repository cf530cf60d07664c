package com.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every place of OpsFlow's own code that shows people's text escapes it: the scripts of its pages
 * and of its Tasklist and Cockpit plugins write text with {@code textContent} and set markup only
 * from string literals (never a value spliced in), and the server's page templates escape every
 * value. (Camunda Forms are covered by {@code FormTextEscapingTest}.)
 */
class UserTextEscapingTest {

    /** An assignment of markup, up to its end; literal pieces joined with + are fine, a variable is not. */
    private static final Pattern MARKUP_SINK = Pattern.compile(
            "(innerHTML|outerHTML)\\s*\\+?=\\s*([^;]*);|insertAdjacentHTML\\s*\\(([^;]*)\\);|document\\.write(ln)?\\s*\\(([^;]*)\\);");
    private static final Pattern ONLY_LITERALS = Pattern.compile(
            "\\s*'[^'\\\\]*'(\\s*\\+\\s*'[^'\\\\]*')*\\s*");

    @Test
    void scriptsSetMarkupOnlyFromLiterals() throws IOException {
        List<String> found = new ArrayList<>();
        int scripts = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                scripts++;
                String code = Files.readString(file, StandardCharsets.UTF_8);
                Matcher sink = MARKUP_SINK.matcher(code);
                while (sink.find()) {
                    String value = sink.group(2) != null ? sink.group(2) : sink.group(3) != null ? sink.group(3) : sink.group(5);
                    String argument = sink.group(3) != null ? value.substring(value.indexOf(',') + 1) : value;
                    if (!ONLY_LITERALS.matcher(argument).matches()) {
                        found.add(file + ": " + sink.group().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(scripts).as("scripts of OpsFlow's pages and plugins").isGreaterThanOrEqualTo(5);
        assertThat(found).as("markup built from values (use textContent)").isEmpty();
    }

    @Test
    void thePageTemplatesEscapeEveryValueButBuiltMarkup() {
        HtmlTemplate template = HtmlTemplateProbe.of("<p>{{message}}</p>{{noticeHtml}}");
        String html = template.render(Map.of("message", "<img src=x onerror=alert(1)><a href=\"https://evil\">x</a>",
                "noticeHtml", "<p class=\"notice\">已登出</p>"));
        assertThat(html).doesNotContain("<img", "<a href").contains("&lt;img", "&lt;a href", "<p class=\"notice\">已登出</p>");
    }

    /** Builds a template from text, as the classpath loader would from a file. */
    static final class HtmlTemplateProbe {
        static HtmlTemplate of(String text) {
            return HtmlTemplate.fromText(text);
        }
    }
}
