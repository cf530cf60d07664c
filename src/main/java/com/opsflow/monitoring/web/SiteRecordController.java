package com.opsflow.monitoring.web;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.monitoring.RecordKind;
import com.opsflow.monitoring.Site;
import com.opsflow.monitoring.SiteRecord;
import com.opsflow.monitoring.SiteRecords;
import com.opsflow.monitoring.Sites;
import com.opsflow.monitoring.internal.MonitoringProperties;
import com.opsflow.monitoring.internal.SiteExports;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.NotFoundException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-MS-2: the records of a site (inspection, reagent replacement, repair, calibration), listed and
 * exported (CSV with BOM for Excel, .xlsx); reagent and repair records may also be entered by hand.
 */
@RestController
@RequestMapping("/api/sites/{code}/records")
class SiteRecordController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Sites sites;
    private final SiteRecords records;
    private final StaffDirectory directory;
    private final MonitoringProperties settings;

    SiteRecordController(Sites sites, SiteRecords records, StaffDirectory directory, MonitoringProperties settings) {
        this.sites = sites;
        this.records = records;
        this.directory = directory;
        this.settings = settings;
    }

    record NewRecord(String kind, String what, String readings, String remarks) {
    }

    @GetMapping
    List<SiteRecord> list(@PathVariable String code, @RequestParam(required = false) String kind) {
        SiteAccess.reader();
        return records.list(site(code).code(), kind(kind));
    }

    @PostMapping
    ResponseEntity<SiteRecord> add(@PathVariable String code, @RequestBody(required = false) NewRecord input) {
        Site site = site(code);
        CurrentUser user = SiteAccess.recorder(site);
        if (input == null) {
            throw new BadRequestException("請提供記錄內容 / record is required");
        }
        SiteRecord record = records.add(site.code(), kind(input.kind()), input.what(), input.readings(), input.remarks(), user.id());
        return ResponseEntity.created(URI.create("/api/sites/" + site.code() + "/records")).body(record);
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @RequestParam(required = false) String kind) {
        SiteAccess.reader();
        Site site = site(code);
        return file(site.code() + "-records.csv", CSV,
                SiteExports.csv(records.list(site.code(), kind(kind)), directory::displayName, settings.zone()));
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @RequestParam(required = false) String kind) {
        SiteAccess.reader();
        Site site = site(code);
        return file(site.code() + "-records.xlsx", XLSX, SiteExports.xlsx(site.name(), records.list(site.code(), kind(kind)),
                directory::displayName, settings.zone()));
    }

    private Site site(String code) {
        return sites.find(code).orElseThrow(() -> new NotFoundException("查無此站點 / no site " + code));
    }

    static RecordKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return RecordKind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("未知的記錄類別 / unknown kind " + kind + "; one of " + Arrays.toString(RecordKind.values()),
                    Map.of("kind", "INSPECTION, REAGENT, REPAIR, CALIBRATION"));
        }
    }

    private static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(type).body(body);
    }
}
