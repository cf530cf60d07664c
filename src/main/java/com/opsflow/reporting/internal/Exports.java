package com.opsflow.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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

/** Tables as CSV (UTF-8 with BOM, so Excel opens Chinese right) and as an .xlsx workbook, a sheet per table. */
public final class Exports {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static byte[] csv(Table table, ZoneId zone) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(table.headers().stream().map(h -> (Object) h).toList(), zone));
        table.rows().forEach(row -> out.append(line(row, zone)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<Table> tables, ZoneId zone) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        set(row.createCell(c), cells.get(c), zone);
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, 18 * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value, ZoneId zone) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(text(value, zone));
        }
    }

    private static String text(Object value, ZoneId zone) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant i) {
            return DATE_TIME.format(i.atZone(zone));
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double d) {
            // rates and minutes: four decimals are plenty in a spreadsheet
            return BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String line(List<Object> cells, ZoneId zone) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String s = text(cells.get(i), zone);
            // Text starting with = + - @ would run as a formula in Excel (CSV injection).
            if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(cells.get(i) instanceof Number)) {
                s = "'" + s;
            }
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                s = "\"" + s.replace("\"", "\"\"") + "\"";
            }
            line.append(s);
        }
        return line.append("\r\n").toString();
    }

    private Exports() {
    }
}
