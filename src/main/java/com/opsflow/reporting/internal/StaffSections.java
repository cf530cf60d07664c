package com.opsflow.reporting.internal;

import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.CurrentUser;
import com.opsflow.reporting.KpiQuery;
import com.opsflow.reporting.StaffSection;
import com.opsflow.reporting.StaffSection.Certificate;
import com.opsflow.reporting.StaffSection.Development;
import com.opsflow.reporting.StaffSection.Person;
import com.opsflow.reporting.StaffSection.StaffDevelopment;
import com.opsflow.reporting.TrainingRegister;
import com.opsflow.reporting.TrainingRegister.TrainingRecord;
import com.opsflow.staff.StaffRecords;
import com.opsflow.staff.StaffRecords.Qualification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The staff sections of the dashboard (K-4 security: no signed agreement, R-SE-4; K-5:
 * qualifications and training), read from the staff records and the training register, in the
 * same scope as the KPIs (a station head: their station's staff).
 */
@Component
public class StaffSections {

    private final StaffRecords records;
    private final TrainingRegister training;
    private final StaffDirectory directory;
    private final ReportScope scope;
    private final KpiProperties settings;

    StaffSections(StaffRecords records, TrainingRegister training, StaffDirectory directory, ReportScope scope,
            KpiProperties settings) {
        this.records = records;
        this.training = training;
        this.directory = directory;
        this.scope = scope;
        this.settings = settings;
    }

    public StaffSection section(KpiQuery query) {
        KpiQuery scoped = scope.restrict(query, CurrentUser.get());
        LocalDate today = LocalDate.now(settings.zone());
        // every station and every staff member's station in two reads, names in one: not a read per person
        Map<String, String> stations = directory.stationIds();
        Map<String, String> stationNames = directory.stationNames();
        Predicate<String> inScope = staff -> (scoped.station() == null || scoped.station().equals(stations.get(staff)))
                && (scoped.engineer() == null || scoped.engineer().equals(staff));

        List<String> withoutAgreement = records.withoutAgreement().stream().filter(inScope).toList();
        Map<String, List<Qualification>> certificates = records.qualifications(null).stream()
                .filter(q -> inScope.test(q.staff()))
                .collect(Collectors.groupingBy(Qualification::staff));
        List<TrainingRecord> trainings = training.list(scoped.from(), scoped.to(), scoped.station(), scoped.engineer());
        Map<String, List<TrainingRecord>> trainingByStaff = trainings.stream()
                .collect(Collectors.groupingBy(TrainingRecord::staff));
        TreeSet<String> staff = new TreeSet<>(certificates.keySet());
        staff.addAll(trainingByStaff.keySet());
        directory.membersOf(Groups.ENGINEER).stream().filter(inScope).forEach(staff::add);
        Set<String> named = new HashSet<>(staff);
        named.addAll(withoutAgreement);
        Map<String, String> names = directory.displayNames(named);
        Function<String, String> stationName = s -> {
            String station = stations.get(s);
            return station == null ? null : stationNames.getOrDefault(station, station);
        };

        List<Person> without = withoutAgreement.stream()
                .map(s -> new Person(s, names.get(s), stationName.apply(s))).toList();
        List<Certificate> expiring = new ArrayList<>();
        List<Certificate> expired = new ArrayList<>();
        List<StaffDevelopment> rows = new ArrayList<>();
        long withValid = 0;
        for (String s : staff) {
            List<Qualification> own = certificates.getOrDefault(s, List.of());
            long valid = own.stream().filter(q -> !q.expiredOn(today)).count();
            long soon = 0;
            long gone = 0;
            for (Qualification q : own) {
                Certificate c = new Certificate(s, names.get(s), stationName.apply(s), q.title(),
                        q.certificateNo(), q.expiresOn());
                if (q.expiredOn(today)) {
                    expired.add(c);
                    gone++;
                } else if (records.expiresSoon(q, today)) {
                    expiring.add(c);
                    soon++;
                }
            }
            withValid += valid > 0 ? 1 : 0;
            List<TrainingRecord> own2 = trainingByStaff.getOrDefault(s, List.of());
            BigDecimal hours = own2.stream().map(TrainingRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(new StaffDevelopment(s, names.get(s), stationName.apply(s), valid, soon, gone, hours,
                    own2.size()));
        }
        BigDecimal hours = trainings.stream().map(TrainingRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        long passed = trainings.stream().filter(TrainingRecord::passed).count();
        long count = certificates.values().stream().mapToLong(List::size).sum();
        List<StaffSection.CategoryHours> byCategory = new ArrayList<>();
        for (TrainingRegister.Category category : TrainingRegister.Category.values()) {
            List<TrainingRecord> ofKind = trainings.stream().filter(t -> t.category() == category).toList();
            byCategory.add(new StaffSection.CategoryHours(category.name(), category.label(), ofKind.size(),
                    ofKind.stream().map(TrainingRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        return new StaffSection(today, without, new Development(staff.size(), withValid, count, expiring, expired,
                trainings.size(), hours, passed, byCategory, rows));
    }
}
