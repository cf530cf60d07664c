package com.opsflow.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of {@link HostileInputGuard} for JSON sent to OpsFlow's API, its pages' scripts and the
 * engine's start-form and task-completion commands (docs/security.md, "Hostile input").
 *
 * @param maxBody       a larger body is refused with 413
 * @param maxTextLength a longer text value (in characters) is refused with 400
 * @param maxDepth      deeper nesting of objects and arrays is refused with 400
 * @param maxValues     more values in one body is refused with 413
 * @param sqlPatterns   case-insensitive regular expressions of SQL injection shapes refused in text
 * @param exemptPaths   path patterns ({@code /api/modeler/**}) whose controllers take other content
 *                      (a BPMN model is XML full of markup and expressions) and check it themselves
 */
@ConfigurationProperties("opsflow.input-guard")
public record InputGuardProperties(DataSize maxBody, Integer maxTextLength, Integer maxDepth, Integer maxValues,
        List<String> sqlPatterns, List<String> exemptPaths) {

    public InputGuardProperties {
        maxBody = maxBody == null ? DataSize.ofKilobytes(64) : maxBody;
        maxTextLength = maxTextLength == null ? 2000 : maxTextLength;
        maxDepth = maxDepth == null ? 16 : maxDepth;
        maxValues = maxValues == null ? 2000 : maxValues;
        sqlPatterns = sqlPatterns == null ? List.of() : List.copyOf(sqlPatterns);
        exemptPaths = exemptPaths == null ? List.of() : List.copyOf(exemptPaths);
    }
}
