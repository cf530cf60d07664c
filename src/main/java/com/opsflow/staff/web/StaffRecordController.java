package com.opsflow.staff.web;

import com.opsflow.identity.DataScope;
import com.opsflow.identity.DataScopes;
import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.Station;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.platform.NotFoundException;
import com.opsflow.staff.StaffRecords;
import com.opsflow.staff.StaffRecords.Agreement;
import com.opsflow.staff.StaffRecords.Qualification;
import com.opsflow.staff.StaffRegister;
import com.opsflow.staff.StaffRegister.NewAgreement;
import com.opsflow.staff.StaffRegister.NewQualification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff records over HTTP ({@code /api/staff/**}, HTTP Basic like the rest of {@code /api/**}).
 * Reading follows identity's data scope (a station head sees their station's staff, the ops
 * manager, bureau head and administrators everyone, everybody themselves). Agreements (R-SE-4)
 * are recorded by administrators and the ops manager; qualifications (K-5) also by a station's
 * manager or head for their own station's staff.
 */
@RestController
class StaffRecordController {

    private final StaffRecords records;
    private final StaffRegister register;
    private final StaffDirectory directory;
    private final DataScopes scopes;

    StaffRecordController(StaffRecords records, StaffRegister register, StaffDirectory directory, DataScopes scopes) {
        this.records = records;
        this.register = register;
        this.directory = directory;
        this.scopes = scopes;
    }

    record StaffRecord(String staff, String name, String station, Agreement agreement, List<Qualification> qualifications) {
    }

    record AgreementRequest(String agreementNo, LocalDate signedOn, String companyAgreementNo) {
    }

    record QualificationRequest(String title, String certificateNo, LocalDate issuedOn, LocalDate expiresOn) {
    }

    /** Every staff member the caller sees, with agreement and qualifications. */
    @GetMapping("/api/staff/records")
    List<StaffRecord> list() {
        DataScope scope = scopes.of(CurrentUser.get());
        TreeSet<String> staff = new TreeSet<>();
        Groups.ALL.forEach(g -> staff.addAll(directory.membersOf(g.id())));
        Map<String, Agreement> agreements = records.agreements().stream()
                .collect(Collectors.toMap(Agreement::staff, Function.identity()));
        Map<String, List<Qualification>> qualifications = records.qualifications(null).stream()
                .collect(Collectors.groupingBy(Qualification::staff));
        List<String> visible = staff.stream().filter(scope::sees).toList();
        Map<String, String> names = directory.displayNames(visible);
        Map<String, String> stations = directory.stationIds();
        return visible.stream()
                .map(s -> new StaffRecord(s, names.get(s), stations.get(s), agreements.get(s),
                        qualifications.getOrDefault(s, List.of())))
                .toList();
    }

    @GetMapping("/api/staff/{staff}/record")
    StaffRecord one(@PathVariable String staff) {
        requireVisible(staff);
        return new StaffRecord(staff, directory.displayName(staff), directory.stationOf(staff).map(Station::id).orElse(null),
                records.agreement(staff).orElse(null), records.qualifications(staff));
    }

    /** R-SE-4, K-4: service staff without a signed agreement, within the caller's scope. */
    @GetMapping("/api/staff/without-agreement")
    List<Map<String, String>> withoutAgreement() {
        CurrentUser user = CurrentUser.get();
        requireManager(user);
        DataScope scope = scopes.of(user);
        List<String> without = records.withoutAgreement().stream().filter(scope::sees).toList();
        Map<String, String> names = directory.displayNames(without);
        Map<String, String> stations = directory.stationIds();
        Map<String, String> stationNames = directory.stationNames();
        return without.stream()
                .map(s -> Map.of("staff", s, "name", names.get(s),
                        "station", stationNames.getOrDefault(stations.get(s), "")))
                .toList();
    }

    @PostMapping("/api/staff/{staff}/agreement")
    @ResponseStatus(HttpStatus.CREATED)
    Agreement recordAgreement(@PathVariable String staff, @RequestBody AgreementRequest request) {
        CurrentUser user = CurrentUser.get();
        if (!user.inAnyGroup(Groups.ADMIN, Groups.OPS_MANAGER)) {
            throw new ForbiddenException("只有管理員及運營部經理可登記保密協議 / admins and the ops manager only");
        }
        return register.recordAgreement(new NewAgreement(staff, request.agreementNo(), request.signedOn(),
                request.companyAgreementNo()), user.id());
    }

    @PostMapping("/api/staff/{staff}/qualifications")
    @ResponseStatus(HttpStatus.CREATED)
    Qualification recordQualification(@PathVariable String staff, @RequestBody QualificationRequest request) {
        CurrentUser user = CurrentUser.get();
        requireManager(user);
        if (!user.inAnyGroup(Groups.ADMIN, Groups.OPS_MANAGER) && !scopes.of(user).sees(staff)) {
            throw new ForbiddenException("只可登記本區站人員的證書 / your station's staff only");
        }
        return register.recordQualification(new NewQualification(staff, request.title(), request.certificateNo(),
                request.issuedOn(), request.expiresOn()), user.id());
    }

    private void requireVisible(String staff) {
        if (!directory.exists(staff)) {
            throw new NotFoundException("查無此人員 / no staff " + staff);
        }
        if (!scopes.of(CurrentUser.get()).sees(staff)) {
            throw new ForbiddenException("無權查看此人員的檔案 / outside your scope");
        }
    }

    private static void requireManager(CurrentUser user) {
        if (!user.inAnyGroup(Groups.ADMIN, Groups.OPS_MANAGER, Groups.BUREAU_HEAD, Groups.STATION_MANAGER,
                Groups.STATION_HEAD)) {
            throw new ForbiddenException("只有管理人員可查看或登記 / managers only");
        }
    }
}
