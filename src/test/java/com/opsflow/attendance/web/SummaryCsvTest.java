package com.opsflow.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.attendance.internal.Consequence;
import com.opsflow.attendance.internal.MonthlySummary;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary CSV as Excel reads it (R-AT-4). */
class SummaryCsvTest {

    static MonthlySummary row(String name, int late, int early) {
        return new MonthlySummary("eng-1", name, "2026-11", false, new BigDecimal("21.5"), late, early, 1,
                new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, Consequence.of(late + early, 3));
    }

    @Test
    void startsWithAByteOrderMarkAndKeepsChineseIntactInUtf8() {
        byte[] bytes = SummaryCsv.write(List.of(row("王小明", 2, 2))).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "月份,人員編號,姓名,出勤天數,遲到次數,早退次數,缺簽次數,曠工天數,請假天數,出差天數,抽調天數,處理,豁免",
                "2026-11,eng-1,王小明,21.5,2,2,1,0.5,1,0,0,報所屬公司,否");
    }

    @Test
    void quotesSeparatorsAndNeutralisesFormulas() {
        String text = SummaryCsv.write(List.of(row("林,\"阿\"明", 1, 0), row("=HYPERLINK(1)", 0, 0)));
        assertThat(text).contains(",\"林,\"\"阿\"\"明\",").contains(",'=HYPERLINK(1),").contains("例會批評");
    }
}
