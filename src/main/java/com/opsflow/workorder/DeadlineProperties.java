package com.opsflow.workorder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Work-order deadlines and amounts (R-WO-1…12), bound from {@code opsflow.deadlines.*} in
 * {@code application.yaml} and exposed to BPMN as the bean {@code deadlines}
 * ({@code ${deadlines.contact}}), so a department changes 10 minutes to 15 without touching BPMN
 * or Java. Durations are ISO-8601 strings because Camunda timer expressions must yield a String
 * (or a Date); each is checked at start-up.
 *
 * <p>Work-order deadlines are <b>clock time</b>, not working time (unlike approvals): the customer
 * counts "10 minutes after dispatch" and "within 2 days" on the wall clock, and orders are taken
 * outside office hours too.
 *
 * <p>JUEL resolves JavaBean getters, not record accessors: the {@code getX()} methods below are
 * what the BPMN expressions call.
 *
 * @param contact          R-WO-1: contact the user after dispatch (PT10M)
 * @param notifyOpsManager R-WO-2: customer service notifies the ops manager after a missed contact (PT5M)
 * @param fines            R-WO-3: still no contact this long after the station was told → five fines (PT5M)
 * @param onSite           R-WO-4: repair engineer on site after dispatch (PT1H)
 * @param installation     R-WO-5: installation done within this of dispatch, or by the agreed time if earlier (P2D)
 * @param techEscalation   R-WO-6: engineer reports an unsolvable repair to tech support (PT10M)
 * @param dispatch         house target for customer service to dispatch (no rule; PT10M)
 * @param repair           R-WO-6: time to fix on site from arrival; then the engineer must decide fixed or
 *                         hand over to tech support (PT2H)
 * @param techRepair       house target for tech support (no rule; P1D)
 * @param feedback         house target for the feedback (信息反饋) after the fix (no rule; PT1H)
 * @param callback         house target for the callback (回訪) after the work is done (no rule; P1D)
 * @param complaint        house target for verifying a complaint (no rule; P2D)
 * @param archive          house target for the ops department filing a registration form (R-WO-11) or a
 *                         lost-equipment case receipt (R-WO-13); no time in the rules (P2D)
 * @param fineRmb          R-WO-3 fine per person (200)
 * @param conductFineRmb   R-WO-12 fine per conduct breach found at the callback (50)
 * @param latePoints       R-WO-4/5/6/8/9 points deducted (0.5)
 * @param complaintPoints  R-WO-10 points deducted for a verified complaint (1)
 * @param zone             the department's time zone, for order numbers and deadline texts
 * @param finesAtTheLatest R-WO-3 reading (docs/rules.md): {@code true} (default) — the fines fall 5 minutes
 *                         after the station was told but never later than contact + notify + fines after
 *                         dispatch; {@code false} — that latest time applies only when the station was not
 *                         told by then, and a station told later still gets its full 5 minutes
 * @param appearanceTypes  R-WO-9 applies to visits of these order types ("上門安裝": INSTALLATION)
 */
@ConfigurationProperties("opsflow.deadlines")
public record DeadlineProperties(String contact, String notifyOpsManager, String fines, String onSite, String installation,
        String techEscalation, String dispatch, String repair, String techRepair, String feedback,
        String callback, String complaint, String archive,
        double fineRmb, double conductFineRmb, double latePoints, double complaintPoints, ZoneId zone,
        Boolean finesAtTheLatest, List<String> appearanceTypes) {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public DeadlineProperties {
        contact = iso(contact, "PT10M", "contact");
        notifyOpsManager = iso(notifyOpsManager, "PT5M", "notifyOpsManager");
        fines = iso(fines, "PT5M", "fines");
        onSite = iso(onSite, "PT1H", "onSite");
        installation = iso(installation, "P2D", "installation");
        techEscalation = iso(techEscalation, "PT10M", "techEscalation");
        dispatch = iso(dispatch, "PT10M", "dispatch");
        repair = iso(repair, "PT2H", "repair");
        techRepair = iso(techRepair, "P1D", "techRepair");
        feedback = iso(feedback, "PT1H", "feedback");
        callback = iso(callback, "P1D", "callback");
        complaint = iso(complaint, "P2D", "complaint");
        archive = iso(archive, "P2D", "archive");
        if (fineRmb <= 0 || conductFineRmb <= 0 || latePoints <= 0 || complaintPoints <= 0) {
            throw new IllegalArgumentException("opsflow.deadlines: amounts and points must be positive");
        }
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        finesAtTheLatest = finesAtTheLatest == null || finesAtTheLatest;
        appearanceTypes = appearanceTypes == null || appearanceTypes.isEmpty() ? List.of("INSTALLATION")
                : appearanceTypes.stream().map(t -> t.trim().toUpperCase()).toList();
    }

    /** The rule defaults (R-WO-1…12), as in application.yaml. */
    public static DeadlineProperties defaults() {
        return new DeadlineProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, 200, 50, 0.5, 1, null,
                null, null);
    }

    /** {@code now + duration} on the engine clock: for {@code camunda:dueDate} and timer dates. */
    public Date dueIn(String isoDuration) {
        return dueAfter(ClockUtil.getCurrentTime(), isoDuration);
    }

    /**
     * {@code from + duration}, rounded <b>up</b> to the whole second; a day is 24 clock hours
     * (deadlines are clock time, see above). MySQL/MariaDB store Camunda's due dates without
     * milliseconds: a deadline of 10:00:00.700 stored as 10:00:00 would fire — and fine — early.
     */
    public Date dueAfter(Date from, String isoDuration) {
        return ceilToSecond(from.toInstant().plus(parse(isoDuration)));
    }

    /** The first whole second at or after the instant: a deadline is never stored earlier than it falls. */
    public static Date ceilToSecond(Instant instant) {
        Instant floor = instant.truncatedTo(ChronoUnit.SECONDS);
        return Date.from(floor.equals(instant) ? floor : floor.plusSeconds(1));
    }

    /**
     * R-WO-3, the latest moment of the five fines: the missed contact ({@code contactDue}) plus
     * customer service's time to tell the ops manager plus the station's time (10 + 5 + 5 minutes
     * after dispatch by default). The fines fall then even when the escalation chain stalls.
     */
    public Date finesLatest(Date contactDue) {
        return ceilToSecond(contactDue.toInstant().plus(parse(notifyOpsManager)).plus(parse(fines)));
    }

    /**
     * R-WO-3, the moment the five fines fall once the station's manager and head were told now:
     * {@code fines} later, and — in the default reading ({@link #finesAtTheLatest}) — never after
     * {@link #finesLatest}.
     */
    public Date finesDue(Date contactDue) {
        Date afterTold = dueIn(fines);
        if (!finesAtTheLatest) {
            return afterTold;
        }
        Date latest = finesLatest(contactDue);
        return afterTold.before(latest) ? afterTold : latest;
    }

    /** R-WO-9 covers the visits of these order types (the source says 上門安裝). */
    public boolean appearanceApplies(String orderType) {
        return orderType != null && appearanceTypes.contains(orderType);
    }

    /** A duration as staff read it: "10 分鐘", "1 小時", "2 天", "1 小時 30 分鐘". */
    public static String label(String isoDuration) {
        Duration d = parse(isoDuration);
        StringBuilder text = new StringBuilder();
        if (d.toDays() > 0 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
            return d.toDays() + " 天";
        }
        if (d.toHours() > 0) {
            text.append(d.toHours()).append(" 小時");
        }
        if (d.toMinutesPart() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(d.toMinutesPart()).append(" 分鐘");
        }
        return text.isEmpty() ? d.toSeconds() + " 秒" : text.toString();
    }

    /** A number as staff read it: 200, 0.5 (no trailing ".0"). */
    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** "2026-11-25 14:30" in the department's zone, for task forms and mails. */
    public String text(Date date) {
        return date == null ? "" : TEXT.format(Instant.ofEpochMilli(date.getTime()).atZone(zone));
    }

    /**
     * The work deadline as the mails and the R-WO-4/5/8 reasons write it: the time of
     * {@code workDue}, or "與用戶約定的時間" while a renewal has no agreed visit yet (R-WO-8).
     */
    public String workDeadline(Date workDue) {
        return workDue == null ? "與用戶約定的時間" : text(workDue);
    }

    /** Duration of "P2D" as 48 hours (java.time.Duration accepts days, not months). */
    public static Duration parse(String iso) {
        return Duration.parse(iso);
    }

    private static String iso(String value, String fallback, String name) {
        String v = value == null || value.isBlank() ? fallback : value.trim();
        try {
            Duration d = Duration.parse(v);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("opsflow.deadlines." + name + " must be positive: " + v);
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("opsflow.deadlines." + name + " is not an ISO-8601 duration: " + v, e);
        }
        return v;
    }

    // JavaBean getters for JUEL (${deadlines.contact}); see the class comment.
    public String getContact() { return contact; }
    public String getNotifyOpsManager() { return notifyOpsManager; }
    public String getFines() { return fines; }
    public String getOnSite() { return onSite; }
    public String getInstallation() { return installation; }
    public String getTechEscalation() { return techEscalation; }
    public String getDispatch() { return dispatch; }
    public String getRepair() { return repair; }
    public String getTechRepair() { return techRepair; }
    public String getFeedback() { return feedback; }
    public String getCallback() { return callback; }
    public String getComplaint() { return complaint; }
    public String getArchive() { return archive; }
    public double getFineRmb() { return fineRmb; }
    public double getConductFineRmb() { return conductFineRmb; }
    public double getLatePoints() { return latePoints; }
    public double getComplaintPoints() { return complaintPoints; }
    public boolean isFinesAtTheLatest() { return finesAtTheLatest; }
}
