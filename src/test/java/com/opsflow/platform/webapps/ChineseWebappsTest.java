package com.opsflow.platform.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist and the Welcome page speak Traditional Chinese by default: OpsFlow's own
 * {@code zh-TW.json} translates every label of the webapp's own {@code en.json}, and the
 * {@code config.js} that the running server hands to the browser lists zh-TW as the fallback.
 */
@OpsFlowSpringBootTest
class ChineseWebappsTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void chineseLocaleHasExactlyTheKeysOfTheWebappsEnglishOne(String app) throws IOException {
        JsonNode en = read(onlyInCamundasJar(APP + app + "/locales/en.json"));
        JsonNode zh = read(getClass().getClassLoader().getResource(APP + app + "/locales/zh-TW.json"));

        assertThat(keys(zh.path("labels"))).containsExactlyElementsOf(keys(en.path("labels")));
        assertThat(keys(zh.path("dateLocales"))).containsExactlyElementsOf(keys(en.path("dateLocales")));
        en.path("labels").fields().forEachRemaining(label -> {
            String english = label.getValue().asText();
            String chinese = zh.path("labels").path(label.getKey()).asText();
            assertThat(placeholders(chinese)).as("placeholders of %s", label.getKey())
                    .isEqualTo(placeholders(english));
            if (english.matches(".*[A-Za-z]{3,}.*") && !english.startsWith("Camunda")) {
                assertThat(chinese).as("%s is translated", label.getKey()).containsPattern("\\p{IsHan}");
            }
        });
    }

    /** Cockpit's 2,460 labels are translated where managers look first; the rest stays English. */
    @Test
    void cockpitHasEveryKeyAndItsHeaderAndProcessViewsInChinese() throws IOException {
        JsonNode en = read(onlyInCamundasJar(APP + "cockpit/locales/en.json"));
        JsonNode zh = read(getClass().getClassLoader().getResource(APP + "cockpit/locales/zh-TW.json"));

        assertThat(keys(zh.path("labels"))).containsExactlyElementsOf(keys(en.path("labels")));
        en.path("labels").fields().forEachRemaining(label -> assertThat(
                placeholders(zh.path("labels").path(label.getKey()).asText())).as("placeholders of %s", label.getKey())
                .isEqualTo(placeholders(label.getValue().asText())));
        assertThat(zh.path("labels").path("COCKPIT_PROCESSES").asText()).isEqualTo("流程");
        assertThat(zh.path("labels").path("DASHBOARD_RUNNING_PROCESS_INSTANCE").asText()).isEqualTo("執行中的流程實例");
        assertThat(zh.path("labels").path("PLUGIN_PROCESS_INSTANCES_LABEL").asText()).isEqualTo("流程實例");
        assertThat(zh.path("labels").path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("登入");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit"})
    void theServedConfigMakesChineseTheDefault(String app) {
        ResponseEntity<String> config = http.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);

        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(config.getBody())
                .contains("availableLocales: ['zh-TW', 'en']")
                .contains("fallbackLocale: 'zh-TW'");

        ResponseEntity<String> locale = http.getForEntity("/camunda/app/" + app + "/locales/zh-TW.json", String.class);
        assertThat(locale.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(locale.getBody().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("\"PAGE_LOGIN_PLEASE_SIGN_IN\": \"請登入\"");
    }

    /** The English file exists only in Camunda's webjar; OpsFlow must not shadow it. */
    private URL onlyInCamundasJar(String resource) throws IOException {
        List<URL> found = new ArrayList<>();
        getClass().getClassLoader().getResources(resource).asIterator().forEachRemaining(found::add);
        assertThat(found).singleElement().satisfies(url -> assertThat(url.toString()).contains("camunda-webapp-webjar"));
        return found.get(0);
    }

    private JsonNode read(URL url) throws IOException {
        assertThat(url).isNotNull();
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            keys.add(names.next());
        }
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
