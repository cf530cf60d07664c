package com.opsflow.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV (UTF-8 with BOM, quoting, no formula injection) and Excel (a sheet per table, numbers as numbers). */
class ExportsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Table TABLE = new Table("orders", "工單明細", List.of("工單號", "備註", "分鐘", "受理時間"), List.of(
            Arrays.asList("WO-20260302-0001", "客戶說「好, 很快」", 2.0 / 3, Instant.parse("2026-03-02T01:00:00Z")),
            Arrays.asList("WO-20260302-0002", "=HYPERLINK(\"http://x\")", null, null)));

    @Test
    void csvIsUtf8WithBomQuotedAndSafeFromFormulas() {
        byte[] csv = Exports.csv(TABLE, ZONE);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).containsExactly(
                "工單號,備註,分鐘,受理時間",
                "WO-20260302-0001,\"客戶說「好, 很快」\",0.6667,2026-03-02 09:00",
                "WO-20260302-0002,\"'=HYPERLINK(\"\"http://x\"\")\",,");
    }

    @Test
    void workbookHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
        Table other = new Table("summary", "摘要", List.of("項目", "數值"), List.<List<Object>>of(Arrays.asList("受理", 4L)));

        byte[] xlsx = Exports.xlsx(List.of(other, TABLE), ZONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("工單明細");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(3).getStringCellValue()).isEqualTo("2026-03-02 09:00");
        }
    }
}
