package com.opsflow.reporting.web;

import com.opsflow.reporting.internal.Exports;
import com.opsflow.reporting.internal.Table;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File responses for the exports (shared by the API and the dashboard). */
final class Downloads {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    static ResponseEntity<byte[]> xlsx(String filename, List<Table> tables, ZoneId zone) {
        return file(filename, XLSX, Exports.xlsx(tables, zone));
    }

    static ResponseEntity<byte[]> csv(String filename, Table table, ZoneId zone) {
        return file(filename, CSV, Exports.csv(table, zone));
    }

    private static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(type).body(body);
    }

    private Downloads() {
    }
}
