package com.opsflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV of every export: what Excel needs, and nothing Excel would run. */
class CsvTest {

    @Test
    void startsWithAByteOrderMarkAndEndsEachRowWithCrLf() {
        byte[] bytes = Csv.withHeader(List.of("姓名", "扣分")).row(List.of("王小明", new BigDecimal("0.50"))).asBytes();

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("姓名,扣分\r\n王小明,0.5\r\n");
    }

    @Test
    void textThatExcelWouldRunAsAFormulaIsDefused() {
        String csv = Csv.withHeader(List.of("x")).row(List.of("=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "a=b")).asString();

        assertThat(csv).endsWith("'=HYPERLINK(1),'+1,'-2,'@SUM(A1),a=b\r\n");
    }

    @Test
    void numbersAreNeverDefusedAndFractionsKeepFourDecimals() {
        String csv = Csv.withHeader(List.of("x")).row(List.of(new BigDecimal("-200.00"), -3, 0.123456, 50L)).asString();

        assertThat(csv).endsWith("-200,-3,0.1235,50\r\n");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuotedAndNullIsEmpty() {
        String csv = Csv.withHeader(List.of("x")).row(Arrays.asList("林,\"阿\"明", "兩行\n文字", null)).asString();

        assertThat(csv).endsWith("\"林,\"\"阿\"\"明\",\"兩行\n文字\",\r\n");
    }
}
