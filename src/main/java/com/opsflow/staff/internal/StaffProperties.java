package com.opsflow.staff.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configuration of the staff records ({@code opsflow.staff.*}), read by the models as
 * {@code ${staffing.phoneDutyFineRmb}} …
 *
 * @param agreementGroups           R-SE-4: members of these groups are service staff who must sign
 *                                  the confidentiality agreement (listed on the dashboard without one)
 * @param dispatchRequiresAgreement R-SE-4: staff without a signed agreement are not offered for
 *                                  dispatch (pickers, intake and dispatch refuse them)
 * @param agreementReminder         onboarding: the agreement not recorded this long after the account
 *                                  was registered → the one who started the onboarding is reminded
 * @param onboardingGroups          the groups an onboarding may grant (no administrator groups)
 * @param phoneDutyGroups           R-AP-5: "組長以上" — the groups that keep their phone on 24 hours
 *                                  and alone can be fined for a breach
 * @param phoneDutyFineRmb          R-AP-5: the fine for a confirmed breach
 * @param opsManagerConfirmerGroup  R-AP-5: who confirms a report about the ops manager (the bureau head)
 * @param confirmReminder           R-AP-5: the superior has not confirmed this long after the report → reminder
 * @param certificateReminderDays   K-5: a certificate's holder and their superior are reminded this
 *                                  many days before it expires
 * @param certificateCheck          K-5: when the expiring certificates are looked for (Spring cron)
 */
@ConfigurationProperties("opsflow.staff")
public record StaffProperties(
        @DefaultValue({"engineer", "group-leader", "station-manager", "station-head", "ops-manager",
                "customer-service", "tech-support"}) List<String> agreementGroups,
        @DefaultValue("true") boolean dispatchRequiresAgreement,
        @DefaultValue("P3D") String agreementReminder,
        @DefaultValue({"engineer", "customer-service", "tech-support", "group-leader", "station-head",
                "station-manager"}) List<String> onboardingGroups,
        @DefaultValue({"group-leader", "station-head", "station-manager", "ops-manager"}) List<String> phoneDutyGroups,
        @DefaultValue("100") BigDecimal phoneDutyFineRmb,
        @DefaultValue("bureau-head") String opsManagerConfirmerGroup,
        @DefaultValue("P1D") String confirmReminder,
        @DefaultValue("30") int certificateReminderDays,
        @DefaultValue("0 0 8 * * *") String certificateCheck) {

    /** The name BPMN expressions use. */
    public static final String BEAN = "staffing";

    /** The rule defaults, as a department without settings gets them (tests). */
    public static StaffProperties defaults() {
        return new StaffProperties(List.of("engineer", "group-leader", "station-manager", "station-head", "ops-manager",
                "customer-service", "tech-support"), true, "P3D", List.of("engineer", "customer-service", "tech-support",
                        "group-leader", "station-head", "station-manager"),
                List.of("group-leader", "station-head", "station-manager", "ops-manager"), new BigDecimal("100"),
                "bureau-head", "P1D", 30, "0 0 8 * * *");
    }

    // Bean-style getters: BPMN says ${staffing.phoneDutyFineRmb}, and EL resolves properties by getter.

    public String getAgreementReminder() {
        return agreementReminder;
    }

    public BigDecimal getPhoneDutyFineRmb() {
        return phoneDutyFineRmb;
    }

    public String getConfirmReminder() {
        return confirmReminder;
    }

    /** R-AP-5: whether a staff member with these groups keeps the 24-hour phone duty. */
    public boolean onPhoneDuty(java.util.Set<String> groups) {
        return phoneDutyGroups.stream().anyMatch(groups::contains);
    }
}
