package com.opsflow.workorder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
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
 * @param fines            R-WO-3: still no contact this long after the missed contact → five fines (PT5M)
 * @param onSite           R-WO-4: repair engineer on site after dispatch (PT1H)
 * @param installation     R-WO-5: installation done after dispatch when no time was agreed (P2D)
 * @param techEscalation   R-WO-6: engineer reports an unsolvable repair to tech support (PT10M)
 * @param renewalVisit     R-WO-8: renewal visit when no time was agreed (P1D)
 * @param dispatch         house target for customer service to dispatch (no rule; PT10M)
 * @param repair           house target for the repair on site, from arrival (no rule; PT2H)
 * @param techRepair       house target for tech support (no rule; P1D)
 * @param feedback         house target for the feedback (信息反饋) after the fix (no rule; PT1H)
 * @param callback         house target for the callback (回訪) after the work is done (no rule; P1D)
 * @param complaint        house target for verifying a complaint (no rule; P2D)
 * @param archive          house target for archiving a lost-equipment case receipt (R-WO-13, no time in the rule; P2D)
 * @param fineRmb          R-WO-3 fine per person (200)
 * @param conductFineRmb   R-WO-12 fine per conduct breach found at the callback (50)
 * @param latePoints       R-WO-4/5/6/8/9 points deducted (0.5)
 * @param complaintPoints  R-WO-10 points deducted for a verified complaint (1)
 * @param zone             the department's time zone, for order numbers and deadline texts
 */
@ConfigurationProperties("opsflow.deadlines")
public record Deadlines(String contact, String notifyOpsManager, String fines, String onSite, String installation,
        String techEscalation, String renewalVisit, String dispatch, String repair, String techRepair, String feedback,
        String callback, String complaint, String archive,
        double fineRmb, double conductFineRmb, double latePoints, double complaintPoints, ZoneId zone) {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public Deadlines {
        contact = iso(contact, "PT10M", "contact");
        notifyOpsManager = iso(notifyOpsManager, "PT5M", "notifyOpsManager");
        fines = iso(fines, "PT5M", "fines");
        onSite = iso(onSite, "PT1H", "onSite");
        installation = iso(installation, "P2D", "installation");
        techEscalation = iso(techEscalation, "PT10M", "techEscalation");
        renewalVisit = iso(renewalVisit, "P1D", "renewalVisit");
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
    }

    /** The rule defaults (R-WO-1…12), as in application.yaml. */
    public static Deadlines defaults() {
        return new Deadlines(null, null, null, null, null, null, null, null, null, null, null, null, null, null, 200, 50, 0.5, 1, null);
    }

    /** {@code now + duration} on the engine clock: for {@code camunda:dueDate} and timer dates. */
    public Date dueIn(String isoDuration) {
        return dueAfter(ClockUtil.getCurrentTime(), isoDuration);
    }

    /** {@code from + duration}; a day is 24 clock hours (deadlines are clock time, see above). */
    public Date dueAfter(Date from, String isoDuration) {
        return Date.from(from.toInstant().plus(parse(isoDuration)));
    }

    /** "2026-11-25 14:30" in the department's zone, for task forms and mails. */
    public String text(Date date) {
        return date == null ? "" : TEXT.format(Instant.ofEpochMilli(date.getTime()).atZone(zone));
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
    public String getRenewalVisit() { return renewalVisit; }
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
}
