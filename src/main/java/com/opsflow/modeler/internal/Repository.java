package com.opsflow.modeler.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The repository's {@code bpmn/} and {@code forms/} as the build put them on the classpath: the
 * files a deployed version is compared with, by classpath name ({@code bpmn/workorder/repair.bpmn}).
 */
@Component
public class Repository {

    /** Classpath name → content, for models ({@code key} = file name without .bpmn) and forms. */
    public Map<String, byte[]> files(String pattern) {
        var resolver = new PathMatchingResourcePatternResolver();
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources(pattern)) {
                String url = resource.getURL().toString();
                String folder = pattern.contains("forms/") ? "/forms/" : "/bpmn/";
                String name = url.substring(url.lastIndexOf(folder) + 1);
                try (InputStream in = resource.getInputStream()) {
                    files.put(name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public Map<String, byte[]> models() {
        return files("classpath*:bpmn/**/*.bpmn");
    }

    public Map<String, byte[]> forms() {
        return files("classpath*:forms/**/*.form");
    }

    /** The key of a model file or the id of a form file: its name without folder and extension. */
    public static String keyOf(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.substring(0, file.lastIndexOf('.'));
    }
}
