package com.opsflow.staff.internal;

import com.opsflow.identity.DispatchBar;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.BadRequestException;
import com.opsflow.staff.StaffRecords;
import com.opsflow.staff.StaffRegister;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff records in {@code staff_agreement} and {@code staff_qualification}. */
@Service
public class JdbcStaffRecords implements StaffRecords, StaffRegister, DispatchBar {

    private static final int MAX_NO = 64;
    private static final int MAX_TITLE = 200;

    private final JdbcTemplate jdbc;
    private final StaffDirectory directory;
    private final StaffProperties settings;
    private final ZoneId zone;

    JdbcStaffRecords(JdbcTemplate jdbc, StaffDirectory directory, StaffProperties settings,
            @Value("${opsflow.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.settings = settings;
        this.zone = zone;
    }

    @Override
    @Transactional
    public Agreement recordAgreement(NewAgreement a, String recordedBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        String staff = trim(a.staff());
        if (staff == null || !directory.exists(staff)) {
            errors.put("staff", "查無此人員 / unknown staff " + a.staff());
        }
        String no = code(errors, "agreementNo", a.agreementNo(), "保密協議編號");
        String company = code(errors, "companyAgreementNo", a.companyAgreementNo(), "服務單位保密協議編號");
        if (a.signedOn() == null) {
            errors.put("signedOn", "請填寫簽署日期 / signed date is required");
        } else if (a.signedOn().isAfter(LocalDate.now(zone))) {
            errors.put("signedOn", "簽署日期不可晚於今天 / signed date is in the future");
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("保密協議登記有誤 / invalid agreement", errors);
        }
        Optional<Agreement> existing = agreement(staff);
        if (existing.isPresent()) {
            Agreement e = existing.get();
            if (e.agreementNo().equals(no) && e.signedOn().equals(a.signedOn()) && e.companyAgreementNo().equals(company)) {
                return e; // recorded already (a retried task, a second node)
            }
            throw new BadRequestException("此人員已登記保密協議 " + e.agreementNo() + " / an agreement is recorded already",
                    Map.of("staff", "已登記保密協議 " + e.agreementNo()));
        }
        try {
            jdbc.update("insert into staff_agreement (staff_id, agreement_no, signed_on, company_agreement_no, recorded_by,"
                    + " recorded_at) values (?, ?, ?, ?, ?, ?)", staff, no, Date.valueOf(a.signedOn()), company, recordedBy,
                    Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException e) {
            throw new BadRequestException("保密協議編號已被使用 / agreement number in use",
                    Map.of("agreementNo", "編號 " + no + " 已登記給其他人員"));
        }
        return agreement(staff).orElseThrow();
    }

    @Override
    public Optional<Agreement> agreement(String staff) {
        return jdbc.query("select * from staff_agreement where staff_id = ?", JdbcStaffRecords::agreement, staff).stream()
                .findFirst();
    }

    @Override
    public List<Agreement> agreements() {
        return jdbc.query("select * from staff_agreement order by staff_id", JdbcStaffRecords::agreement);
    }

    @Override
    public List<String> withoutAgreement() {
        Set<String> staff = new TreeSet<>();
        settings.agreementGroups().forEach(g -> staff.addAll(directory.membersOf(g)));
        staff.removeAll(jdbc.queryForList("select staff_id from staff_agreement", String.class));
        return List.copyOf(staff);
    }

    /** R-SE-4: a service staff member without a signed agreement is not offered for dispatch. */
    @Override
    public Optional<String> reasonAgainst(String userId) {
        if (!settings.dispatchRequiresAgreement() || userId == null) {
            return Optional.empty();
        }
        Integer signed = jdbc.queryForObject("select count(*) from staff_agreement where staff_id = ?", Integer.class, userId);
        return signed != null && signed > 0 ? Optional.empty() : Optional.of("未簽署保密協議 (R-SE-4)");
    }

    @Override
    @Transactional
    public Qualification recordQualification(NewQualification q, String recordedBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        String staff = trim(q.staff());
        if (staff == null || !directory.exists(staff)) {
            errors.put("staff", "查無此人員 / unknown staff " + q.staff());
        }
        String title = trim(q.title());
        if (title == null || title.length() > MAX_TITLE) {
            errors.put("title", "請填寫資格或證書名稱（最多 200 字）/ title is required");
        }
        String no = code(errors, "certificateNo", q.certificateNo(), "證書編號");
        if (q.issuedOn() == null) {
            errors.put("issuedOn", "請填寫發證日期 / issued date is required");
        } else if (q.issuedOn().isAfter(LocalDate.now(zone))) {
            errors.put("issuedOn", "發證日期不可晚於今天 / issued date is in the future");
        } else if (q.expiresOn() != null && !q.expiresOn().isAfter(q.issuedOn())) {
            errors.put("expiresOn", "有效期限須晚於發證日期 / expiry must follow the issue date");
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("資格證書登記有誤 / invalid qualification", errors);
        }
        try {
            jdbc.update("insert into staff_qualification (staff_id, title, certificate_no, issued_on, expires_on, recorded_by,"
                    + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)", staff, title, no, Date.valueOf(q.issuedOn()),
                    q.expiresOn() == null ? null : Date.valueOf(q.expiresOn()), recordedBy, Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException e) {
            throw new BadRequestException("此證書已登記 / certificate recorded already",
                    Map.of("certificateNo", "證書 " + no + " 已登記"));
        }
        return jdbc.query("select * from staff_qualification where staff_id = ? and certificate_no = ?",
                JdbcStaffRecords::qualification, staff, no).get(0);
    }

    @Override
    public List<Qualification> qualifications(String staff) {
        String order = " order by case when expires_on is null then 1 else 0 end, expires_on, staff_id, id";
        return staff == null
                ? jdbc.query("select * from staff_qualification" + order, JdbcStaffRecords::qualification)
                : jdbc.query("select * from staff_qualification where staff_id = ?" + order, JdbcStaffRecords::qualification,
                        staff);
    }

    @Override
    public boolean expiresSoon(Qualification q, LocalDate today) {
        return q.expiresOn() != null && !q.expiresOn().isBefore(today)
                && !q.expiresOn().isAfter(today.plusDays(settings.certificateReminderDays()));
    }

    /**
     * K-5: certificates expiring on or before {@code day + reminder days} whose holder was not yet
     * reminded; each is claimed by one conditional update, so two nodes never remind twice.
     */
    @Transactional
    public List<Qualification> claimExpiring(LocalDate today) {
        LocalDate horizon = today.plusDays(settings.certificateReminderDays());
        List<Qualification> due = jdbc.query("select * from staff_qualification where expires_on is not null"
                + " and expires_on >= ? and expires_on <= ? and reminded_on is null order by expires_on, id",
                JdbcStaffRecords::qualification, Date.valueOf(today), Date.valueOf(horizon));
        return due.stream().filter(q -> jdbc.update("update staff_qualification set reminded_on = ? where id = ?"
                + " and reminded_on is null", Date.valueOf(today), q.id()) == 1).toList();
    }

    private static String code(Map<String, String> errors, String field, String value, String label) {
        String v = trim(value);
        if (v == null || v.length() > MAX_NO) {
            errors.put(field, "請填寫" + label + "（最多 64 字）/ " + field + " is required");
        }
        return v;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Agreement agreement(ResultSet rs, int row) throws SQLException {
        return new Agreement(rs.getString("staff_id"), rs.getString("agreement_no"), rs.getDate("signed_on").toLocalDate(),
                rs.getString("company_agreement_no"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static Qualification qualification(ResultSet rs, int row) throws SQLException {
        Date expires = rs.getDate("expires_on");
        Date reminded = rs.getDate("reminded_on");
        return new Qualification(rs.getLong("id"), rs.getString("staff_id"), rs.getString("title"),
                rs.getString("certificate_no"), rs.getDate("issued_on").toLocalDate(),
                expires == null ? null : expires.toLocalDate(), reminded == null ? null : reminded.toLocalDate(),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
