package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every figure staff read comes from the configuration the engine uses: no BPMN name,
 * documentation, mail text or Camunda Form in {@code bpmn/} and {@code forms/} spells a minute,
 * hour, day, point or RMB amount of a configured work-order rule ({@code opsflow.deadlines.*}).
 * They show the configured moment instead ("聯系時限 2026-11-25 09:10") or name the setting.
 * The figures searched for are derived from the configuration's values, so a department that
 * changes 10 minutes to 15 changes what staff read, and this test keeps it so.
 */
class ConfiguredFiguresTest {

    private static final String[] CHINESE_DIGITS = {"零", "一", "兩", "三", "四", "五", "六", "七", "八", "九", "十"};

    /** The ways a person writes the configured figures of the work-order rules. */
    static List<Pattern> figures(DeadlineProperties d) {
        Set<String> texts = new LinkedHashSet<>();
        for (String iso : List.of(d.contact(), d.notifyOpsManager(), d.fines(), d.onSite(), d.installation(),
                d.techEscalation(), d.repair())) {
            texts.add(DeadlineProperties.label(iso));
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String text : texts) {
            Matcher m = Pattern.compile("(\\d+) (分鐘|小時|天)").matcher(text);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                String unit = m.group(2);
                String units = switch (unit) {
                    case "分鐘" -> "分鐘";
                    case "小時" -> "(?:個)?小時|個鐘";
                    default -> "天|日";
                };
                String numerals = n <= 10 ? n + "|" + CHINESE_DIGITS[n] + (n == 2 ? "|二" : "") : String.valueOf(n);
                patterns.add(Pattern.compile("(?<![\\d.])(?:" + numerals + ")\\s*(?:" + units + ")"));
            }
        }
        for (double rmb : List.of(d.fineRmb(), d.conductFineRmb())) {
            patterns.add(Pattern.compile("(?<![\\d.])" + Pattern.quote(DeadlineProperties.number(rmb)) + "\\s*(?:元|RMB)"));
        }
        for (double points : List.of(d.latePoints(), d.complaintPoints())) {
            patterns.add(Pattern.compile("(?<![\\d.])" + Pattern.quote(DeadlineProperties.number(points)) + "\\s*分(?!鐘|站)"));
        }
        return patterns;
    }

    @Test
    void noModelOrFormSpellsAConfiguredFigure_R_WO_1_to_12() throws IOException {
        List<Pattern> patterns = figures(DeadlineProperties.defaults());
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("bpmn"), Path.of("forms"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".form")).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    // the diagram interchange holds coordinates, not words
                    int di = text.indexOf("<bpmndi:");
                    String words = di < 0 ? text : text.substring(0, di);
                    for (Pattern p : patterns) {
                        Matcher m = p.matcher(words);
                        while (m.find()) {
                            int from = Math.max(0, m.start() - 30);
                            found.add(file + ": …" + words.substring(from, Math.min(words.length(), m.end() + 10)).replace('\n', ' ') + "…");
                        }
                    }
                }
            }
        }
        assertThat(found).as("literal figures of configured rules").isEmpty();
    }

    @Test
    void theFiguresSearchedForFollowTheConfiguration() {
        DeadlineProperties fifteen = new DeadlineProperties("PT15M", null, null, null, null, "PT15M", null, null, null, null, null, null, null,
                300, 50, 0.5, 1, null, null, null);
        List<Pattern> patterns = figures(fifteen);
        assertThat(patterns).anyMatch(p -> p.matcher("派單後 15 分鐘內聯系").find())
                .noneMatch(p -> p.matcher("派單後 10 分鐘內聯系").find())
                .anyMatch(p -> p.matcher("各罰 300 元").find())
                .noneMatch(p -> p.matcher("各罰 200 元").find())
                .anyMatch(p -> p.matcher("扣 0.5 分").find())
                .anyMatch(p -> p.matcher("兩日內完成").find())
                .noneMatch(p -> p.matcher("東區站 3 樓").find());
    }
}
