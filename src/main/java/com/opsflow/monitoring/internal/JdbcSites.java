package com.opsflow.monitoring.internal;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.monitoring.Instrument;
import com.opsflow.monitoring.Site;
import com.opsflow.monitoring.SiteInput;
import com.opsflow.monitoring.SiteInput.InstrumentInput;
import com.opsflow.monitoring.Sites;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.NotFoundException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The site register in {@code monitoring_site} and {@code monitoring_instrument}. */
@Service
public class JdbcSites implements Sites {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Ten years: an interval beyond it is a typing error, not a calibration plan. */
    static final int MAX_INTERVAL_DAYS = 3650;

    private final JdbcTemplate jdbc;
    private final StaffDirectory directory;
    private final MonitoringProperties settings;

    public JdbcSites(JdbcTemplate jdbc, StaffDirectory directory, MonitoringProperties settings) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    public List<Site> all() {
        return read("select * from monitoring_site order by code", List.of());
    }

    @Override
    public Optional<Site> find(String code) {
        return read("select * from monitoring_site where code = ?", List.of(code == null ? "" : code)).stream().findFirst();
    }

    public Site require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("查無此站點 / no site " + code));
    }

    @Override
    @Transactional
    public Site register(SiteInput input, String by) {
        check(input, input == null ? null : input.code());
        if (find(input.code()).isPresent()) {
            throw new BadRequestException("站點編號已存在 / site code taken: " + input.code(), Map.of("code", "已存在 / taken"));
        }
        jdbc.update("insert into monitoring_site (code, name, address, station, engineer, bureau_name, bureau_contact, "
                + "bureau_email, bureau_phone, active, inspections_from, updated_by, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                input.code().trim(), input.name().trim(), input.address().trim(), input.station().trim(), input.engineer().trim(),
                input.bureauName().trim(), blankToNull(input.bureauContact()), input.bureauEmail().trim(),
                blankToNull(input.bureauPhone()), input.active() == null || input.active(),
                Date.valueOf(input.inspectionsFrom() == null ? today() : input.inspectionsFrom()), by, now());
        writeInstruments(input.code().trim(), instruments(input));
        return require(input.code().trim());
    }

    @Override
    @Transactional
    public void registerIfAbsent(SiteInput input, String by) {
        if (find(input.code()).isEmpty()) {
            register(input, by);
        }
    }

    @Override
    @Transactional
    public Site update(String code, SiteInput input, String by) {
        Site existing = require(code);
        check(input, code);
        jdbc.update("update monitoring_site set name = ?, address = ?, station = ?, engineer = ?, bureau_name = ?, "
                + "bureau_contact = ?, bureau_email = ?, bureau_phone = ?, active = ?, inspections_from = ?, updated_by = ?, "
                + "updated_at = ? where code = ?",
                input.name().trim(), input.address().trim(), input.station().trim(), input.engineer().trim(),
                input.bureauName().trim(), blankToNull(input.bureauContact()), input.bureauEmail().trim(),
                blankToNull(input.bureauPhone()), input.active() == null ? existing.active() : input.active(),
                Date.valueOf(input.inspectionsFrom() == null ? existing.inspectionsFrom() : input.inspectionsFrom()), by,
                now(), code);
        List<InstrumentInput> wanted = instruments(input);
        Set<String> codes = new HashSet<>();
        wanted.forEach(i -> codes.add(i.code().trim()));
        for (Instrument old : existing.instruments()) {
            if (!codes.contains(old.code())) {
                jdbc.update("delete from monitoring_instrument where site_code = ? and code = ?", code, old.code());
            }
        }
        for (InstrumentInput i : wanted) {
            int changed = jdbc.update("update monitoring_instrument set name = ?, calibration_interval_days = ?, "
                    + "last_calibrated_on = coalesce(?, last_calibrated_on) where site_code = ? and code = ?",
                    i.name().trim(), i.calibrationIntervalDays(), date(i.lastCalibratedOn()), code, i.code().trim());
            if (changed == 0) {
                writeInstruments(code, List.of(i));
            }
        }
        return require(code);
    }

    /** R-MS-3: a calibration was done; the next one is due an interval later. */
    public void calibrated(String siteCode, String instrumentCode, LocalDate on) {
        jdbc.update("update monitoring_instrument set last_calibrated_on = ? where site_code = ? and code = ? "
                + "and (last_calibrated_on is null or last_calibrated_on < ?)", Date.valueOf(on), siteCode, instrumentCode,
                Date.valueOf(on));
    }

    private void writeInstruments(String siteCode, List<InstrumentInput> instruments) {
        for (InstrumentInput i : instruments) {
            jdbc.update("insert into monitoring_instrument (site_code, code, name, calibration_interval_days, last_calibrated_on) "
                    + "values (?,?,?,?,?)", siteCode, i.code().trim(), i.name().trim(), i.calibrationIntervalDays(),
                    date(i.lastCalibratedOn()));
        }
    }

    /** Every field checked before anything is written; all problems at once, in Chinese. */
    private void check(SiteInput input, String code) {
        if (input == null) {
            throw new BadRequestException("請提供站點資料 / site data is required");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (code == null || !CODE.matcher(code.trim()).matches()) {
            errors.put("code", "站點編號須為 1–32 個英數字、- 或 _ / letters, digits, - or _");
        }
        required(errors, "name", input.name(), "站點名稱", 100);
        required(errors, "address", input.address(), "地址", 255);
        required(errors, "bureauName", input.bureauName(), "當地環保部門", 100);
        if (blank(input.station())) {
            errors.put("station", "請選擇區站 / station is required");
        } else if (directory.stationLeads(input.station().trim()).isEmpty()) {
            errors.put("station", "查無此區站 / unknown station");
        }
        if (blank(input.engineer())) {
            errors.put("engineer", "請指定負責巡檢的運維人員 / engineer is required");
        } else if (!directory.exists(input.engineer().trim())) {
            errors.put("engineer", "查無此人員 / unknown user");
        }
        if (blank(input.bureauEmail()) || !EMAIL.matcher(input.bureauEmail().trim()).matches()) {
            errors.put("bureauEmail", "請填寫當地環保部門的電子郵件（故障上報用，R-MS-4）/ a valid e-mail is required");
        }
        Set<String> seen = new HashSet<>();
        List<InstrumentInput> instruments = instruments(input);
        for (int n = 0; n < instruments.size(); n++) {
            InstrumentInput i = instruments.get(n);
            String at = "instruments[" + n + "]";
            if (i == null || blank(i.code()) || !CODE.matcher(i.code().trim()).matches()) {
                errors.put(at + ".code", "儀器編號須為 1–32 個英數字、- 或 _ / letters, digits, - or _");
                continue;
            }
            if (!seen.add(i.code().trim())) {
                errors.put(at + ".code", "儀器編號重複 / duplicate instrument code");
            }
            required(errors, at + ".name", i.name(), "儀器名稱", 100);
            if (i.calibrationIntervalDays() == null || i.calibrationIntervalDays() < 1
                    || i.calibrationIntervalDays() > MAX_INTERVAL_DAYS) {
                errors.put(at + ".calibrationIntervalDays", "校準週期須為 1–" + MAX_INTERVAL_DAYS + " 天 / 1–" + MAX_INTERVAL_DAYS + " days");
            }
            if (i.lastCalibratedOn() != null && i.lastCalibratedOn().isAfter(today())) {
                errors.put(at + ".lastCalibratedOn", "上次校準日期不可晚於今天 / must not be in the future");
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("站點資料有誤 / invalid site: " + String.join(", ", errors.keySet()), errors);
        }
    }

    private static List<InstrumentInput> instruments(SiteInput input) {
        return input.instruments() == null ? List.of() : input.instruments();
    }

    private static void required(Map<String, String> errors, String field, String value, String label, int max) {
        if (blank(value)) {
            errors.put(field, "請填寫" + label + " / " + field + " is required");
        } else if (value.trim().length() > max) {
            errors.put(field, label + "最多 " + max + " 字 / at most " + max + " characters");
        }
    }

    private List<Site> read(String sql, List<Object> args) {
        List<SiteRow> rows = jdbc.query(sql, (rs, n) -> row(rs), args.toArray());
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Instrument>> instruments = new LinkedHashMap<>();
        jdbc.query("select * from monitoring_instrument order by site_code, code", rs -> {
            instruments.computeIfAbsent(rs.getString("site_code"), k -> new ArrayList<>()).add(instrument(rs));
        });
        return rows.stream().map(r -> new Site(r.code, r.name, r.address, r.station, r.engineer, r.bureau, r.active,
                r.inspectionsFrom, List.copyOf(instruments.getOrDefault(r.code, List.of())))).toList();
    }

    private record SiteRow(String code, String name, String address, String station, String engineer, Site.Bureau bureau,
            boolean active, LocalDate inspectionsFrom) {
    }

    private static SiteRow row(ResultSet rs) throws SQLException {
        return new SiteRow(rs.getString("code"), rs.getString("name"), rs.getString("address"), rs.getString("station"),
                rs.getString("engineer"), new Site.Bureau(rs.getString("bureau_name"), rs.getString("bureau_contact"),
                        rs.getString("bureau_email"), rs.getString("bureau_phone")),
                rs.getBoolean("active"), rs.getDate("inspections_from").toLocalDate());
    }

    private Instrument instrument(ResultSet rs) throws SQLException {
        java.sql.Date last = rs.getDate("last_calibrated_on");
        LocalDate lastOn = last == null ? null : last.toLocalDate();
        int interval = rs.getInt("calibration_interval_days");
        return new Instrument(rs.getString("code"), rs.getString("name"), interval, lastOn,
                lastOn == null ? today() : lastOn.plusDays(interval));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), settings.zone());
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
