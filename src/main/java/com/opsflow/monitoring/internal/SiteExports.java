package com.opsflow.monitoring.internal;

import com.opsflow.monitoring.SiteRecord;
import com.opsflow.platform.Csv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** R-MS-2: a site's records as CSV (UTF-8 with BOM, formulas defused: {@link Csv}) and as an .xlsx sheet. */
public final class SiteExports {

    public static final List<String> HEADER = List.of("站點", "類別", "記錄人", "時間", "內容", "讀數", "備註");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static byte[] csv(List<SiteRecord> records, java.util.function.Function<String, String> names, ZoneId zone) {
        Csv csv = Csv.withHeader(HEADER);
        records.forEach(r -> csv.row(cells(r, names, zone)));
        return csv.asBytes();
    }

    public static byte[] xlsx(String title, List<SiteRecord> records, java.util.function.Function<String, String> names,
            ZoneId zone) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, (c >= 4 ? 40 : 16) * 256);
            }
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = cells(records.get(r), names, zone);
                for (int c = 0; c < cells.size(); c++) {
                    // text cells: nothing a person typed is ever read as a formula
                    row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(SiteRecord r, java.util.function.Function<String, String> names, ZoneId zone) {
        return java.util.Arrays.asList(r.siteCode(), r.kind().label(), names.apply(r.recordedBy()),
                TIME.format(r.recordedAt().atZone(zone)), r.what(), r.readings(), r.remarks());
    }

    private SiteExports() {
    }
}
