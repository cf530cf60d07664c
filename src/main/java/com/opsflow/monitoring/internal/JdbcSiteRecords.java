package com.opsflow.monitoring.internal;

import com.opsflow.monitoring.RecordKind;
import com.opsflow.monitoring.SiteRecord;
import com.opsflow.monitoring.SiteRecords;
import com.opsflow.platform.BadRequestException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R-MS-2: the records of each site in {@code monitoring_record}. */
@Service
public class JdbcSiteRecords implements SiteRecords {

    private final JdbcTemplate jdbc;
    private final JdbcSites sites;

    public JdbcSiteRecords(JdbcTemplate jdbc, JdbcSites sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    @Override
    public List<SiteRecord> list(String siteCode, RecordKind kind) {
        sites.require(siteCode);
        List<Object> args = new ArrayList<>(List.of(siteCode));
        String sql = "select * from monitoring_record where site_code = ?";
        if (kind != null) {
            sql += " and kind = ?";
            args.add(kind.name());
        }
        return jdbc.query(sql + " order by recorded_at desc, id desc", (rs, n) -> new SiteRecord(rs.getLong("id"),
                rs.getString("site_code"), RecordKind.valueOf(rs.getString("kind")), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("what"), rs.getString("readings"),
                rs.getString("remarks")), args.toArray());
    }

    @Override
    @Transactional
    public SiteRecord add(String siteCode, RecordKind kind, String what, String readings, String remarks, String by) {
        sites.require(siteCode);
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "請選擇記錄類別（REAGENT 試劑更換、REPAIR 維修）/ kind is required");
        } else if (kind != RecordKind.REAGENT && kind != RecordKind.REPAIR) {
            errors.put("kind", "巡檢與校準記錄由流程寫入，此處只可登記試劑更換或維修 / only REAGENT or REPAIR by hand");
        }
        if (what == null || what.isBlank()) {
            errors.put("what", "請填寫內容 / what is required");
        } else if (what.length() > 500) {
            errors.put("what", "內容最多 500 字 / at most 500 characters");
        }
        if (readings != null && readings.length() > 2000) {
            errors.put("readings", "讀數最多 2000 字 / at most 2000 characters");
        }
        if (remarks != null && remarks.length() > 2000) {
            errors.put("remarks", "備註最多 2000 字 / at most 2000 characters");
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("記錄資料有誤 / invalid record: " + String.join(", ", errors.keySet()), errors);
        }
        Instant at = ClockUtil.getCurrentTime().toInstant();
        long id = insert(siteCode, kind, by, at, what.trim(), readings, remarks, null);
        return new SiteRecord(id, siteCode, kind, by, at, what.trim(), cut(readings, 2000), cut(remarks, 2000));
    }

    /**
     * Writes a record once per {@code sourceKey} (a process step): a retried job finds it written
     * and writes nothing. Returns whether it wrote.
     */
    public boolean write(String siteCode, RecordKind kind, String by, Instant at, String what, String readings,
            String remarks, String sourceKey) {
        if (sourceKey != null && jdbc.queryForObject("select count(*) from monitoring_record where source_key = ?",
                Integer.class, sourceKey) > 0) {
            return false;
        }
        try {
            insert(siteCode, kind, by, at, what, readings, remarks, sourceKey);
            return true;
        } catch (DuplicateKeyException e) {
            return false; // the other node wrote it first
        }
    }

    private long insert(String siteCode, RecordKind kind, String by, Instant at, String what, String readings,
            String remarks, String sourceKey) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into monitoring_record (site_code, kind, recorded_by, "
                    + "recorded_at, what, readings, remarks, source_key) values (?,?,?,?,?,?,?,?)", new String[] {"id"});
            ps.setString(1, siteCode);
            ps.setString(2, kind.name());
            ps.setString(3, by);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setString(5, cut(what, 500));
            ps.setString(6, cut(readings, 2000));
            ps.setString(7, cut(remarks, 2000));
            ps.setString(8, sourceKey);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private static String cut(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
