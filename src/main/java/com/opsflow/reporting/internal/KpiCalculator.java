package com.opsflow.reporting.internal;

import com.opsflow.reporting.Bucket;
import com.opsflow.reporting.KpiQuery;
import com.opsflow.reporting.KpiReport;
import com.opsflow.reporting.KpiReport.AppraisalSection;
import com.opsflow.reporting.KpiReport.AttendanceSection;
import com.opsflow.reporting.KpiReport.Compliance;
import com.opsflow.reporting.KpiReport.Counts;
import com.opsflow.reporting.KpiReport.Durations;
import com.opsflow.reporting.KpiReport.Efficiency;
import com.opsflow.reporting.KpiReport.EngineerRow;
import com.opsflow.reporting.KpiReport.EscalationLevel;
import com.opsflow.reporting.KpiReport.Satisfaction;
import com.opsflow.reporting.KpiReport.Share;
import com.opsflow.reporting.KpiReport.Training;
import com.opsflow.reporting.KpiReport.TrendPoint;
import com.opsflow.reporting.KpiReport.Volume;
import com.opsflow.reporting.OrderRow;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The KPI arithmetic over order facts, free of Spring and of the engine. Conventions (docs/kpi.md):
 * per-order KPIs (K-1, K-2, K-4) count the orders <em>received</em> in the period; "completed"
 * counts orders closed in it; "open" those not ended at its end. An order still within a deadline
 * is not measured for that deadline yet.
 */
public class KpiCalculator {

    static final String UNKNOWN = "(未填)";

    private final KpiProperties settings;

    public KpiCalculator(KpiProperties settings) {
        this.settings = settings;
    }

    public KpiReport calculate(KpiQuery query, List<OrderFact> all, Instant now, Training training,
            AppraisalSection appraisal, AttendanceSection attendance, Function<String, String> names) {
        List<OrderFact> facts = all.stream().filter(matches(query)).toList();
        Instant start = startOf(query.from());
        Instant end = startOf(query.to().plusDays(1));
        List<OrderFact> received = facts.stream().filter(f -> within(f.received(), start, end)).toList();

        Volume volume = new Volume(received.size(), facts.stream().filter(f -> within(f.closed(), start, end)).count(),
                facts.stream().filter(f -> open(f, end)).count(), counts(facts, OrderFact::type, start, end),
                counts(facts, OrderFact::channel, start, end), counts(facts, OrderFact::station, start, end));
        Efficiency efficiency = new Efficiency(durations(received, OrderFact::contacted),
                durations(received, OrderFact::onSite), durations(received, OrderFact::closed));
        Map<String, Share> contactByStation = new TreeMap<>();
        received.stream().map(f -> key(f.station())).distinct().forEach(s -> contactByStation.put(s,
                contactShare(received.stream().filter(f -> key(f.station()).equals(s)).toList(), now)));
        List<EscalationLevel> escalations = WorkOrderFacts.ESCALATIONS.stream()
                .map(e -> new EscalationLevel(e.level(), e.rule(), e.label(),
                        received.stream().filter(f -> f.escalationLevel() >= e.level()).count()))
                .toList();
        Compliance compliance = new Compliance(contactShare(received, now), onSiteShare(received, now),
                installationShare(received, now), escalations, received.stream().filter(OrderFact::techSupport).count(),
                contactByStation);
        List<TrendPoint> trend = trend(query, facts, now);
        List<EngineerRow> engineers = engineers(received, now, training, names);
        return new KpiReport(query, volume, efficiency, compliance, satisfaction(received), appraisal, attendance,
                training, trend, engineers);
    }

    /** The orders received in the period that match the filters, newest first (drill-down). */
    public List<OrderRow> orders(KpiQuery query, List<OrderFact> all) {
        Instant start = startOf(query.from());
        Instant end = startOf(query.to().plusDays(1));
        return all.stream().filter(matches(query)).filter(f -> within(f.received(), start, end))
                .sorted(Comparator.comparing(OrderFact::received).reversed())
                .map(f -> new OrderRow(f.orderNo(), f.processInstanceId(), f.type(), f.station(), f.channel(),
                        f.engineer(), f.received(), f.closed(), minutes(f, f.contacted()), minutes(f, f.onSite()),
                        minutes(f, f.closed()), f.satisfaction(), f.complaint(), f.verifiedComplaint(),
                        f.escalationLevel()))
                .toList();
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(settings.zone()).toInstant();
    }

    private static Predicate<OrderFact> matches(KpiQuery q) {
        return f -> (q.station() == null || q.station().equals(f.station()))
                && (q.engineer() == null || q.engineer().equals(f.engineer()))
                && (q.type() == null || q.type().equals(f.type()))
                && (q.channel() == null || q.channel().equals(f.channel()));
    }

    private static boolean within(Instant i, Instant start, Instant end) {
        return i != null && !i.isBefore(start) && i.isBefore(end);
    }

    private static boolean open(OrderFact f, Instant end) {
        return f.received().isBefore(end) && (f.ended() == null || !f.ended().isBefore(end));
    }

    private static String key(String value) {
        return value == null ? UNKNOWN : value;
    }

    private static Map<String, Counts> counts(List<OrderFact> facts, Function<OrderFact, String> by, Instant start,
            Instant end) {
        Map<String, Counts> result = new TreeMap<>();
        facts.stream().map(f -> key(by.apply(f))).distinct().forEach(k -> {
            List<OrderFact> group = facts.stream().filter(f -> key(by.apply(f)).equals(k)).toList();
            Counts c = new Counts(group.stream().filter(f -> within(f.received(), start, end)).count(),
                    group.stream().filter(f -> within(f.closed(), start, end)).count(),
                    group.stream().filter(f -> open(f, end)).count());
            if (c.received() + c.completed() + c.open() > 0) {
                result.put(k, c);
            }
        });
        return result;
    }

    private static Long minutes(OrderFact f, Instant step) {
        return step == null ? null : Duration.between(f.dispatchOrReceived(), step).toMinutes();
    }

    static Durations durations(List<OrderFact> facts, Function<OrderFact, Instant> step) {
        List<Double> minutes = facts.stream().filter(f -> step.apply(f) != null)
                .map(f -> Duration.between(f.dispatchOrReceived(), step.apply(f)).toSeconds() / 60.0).sorted().toList();
        if (minutes.isEmpty()) {
            return new Durations(0, null, null, null);
        }
        double avg = minutes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new Durations(minutes.size(), round(percentile(minutes, 0.5)), round(percentile(minutes, 0.9)), round(avg));
    }

    /** Excel's PERCENTILE.INC: linear interpolation between the closest ranks of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        double rank = p * (sorted.size() - 1);
        int lower = (int) Math.floor(rank);
        int upper = (int) Math.ceil(rank);
        return sorted.get(lower) + (rank - lower) * (sorted.get(upper) - sorted.get(lower));
    }

    private static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    /** R-WO-1: contacted within the contact deadline after dispatch. */
    Share contactShare(List<OrderFact> facts, Instant now) {
        return deadlineShare(facts, OrderFact::contacted, f -> f.dispatchOrReceived().plus(settings.contactWithin()), now);
    }

    /** R-WO-4: repairs on site within the on-site deadline after dispatch. */
    Share onSiteShare(List<OrderFact> facts, Instant now) {
        return deadlineShare(facts.stream().filter(f -> "REPAIR".equals(f.type())).toList(), OrderFact::onSite,
                f -> f.dispatchOrReceived().plus(settings.onSiteWithin()), now);
    }

    /** R-WO-5: installations done by the agreed time, or within the installation deadline after dispatch. */
    Share installationShare(List<OrderFact> facts, Instant now) {
        return deadlineShare(facts.stream().filter(f -> "INSTALLATION".equals(f.type())).toList(),
                f -> f.installationDone() != null ? f.installationDone() : f.closed(),
                f -> f.agreedTime() != null ? f.agreedTime() : f.dispatchOrReceived().plus(settings.installationWithin()),
                now);
    }

    private static Share deadlineShare(List<OrderFact> facts, Function<OrderFact, Instant> done,
            Function<OrderFact, Instant> deadline, Instant now) {
        long met = 0;
        long total = 0;
        for (OrderFact f : facts) {
            Instant d = done.apply(f);
            Instant due = deadline.apply(f);
            if (d != null) {
                total++;
                if (!d.isAfter(due)) {
                    met++;
                }
            } else if (now.isAfter(due) || f.ended() != null) {
                total++; // missed: the deadline passed (or the order ended) without the step
            }
        }
        return Share.of(met, total);
    }

    static Satisfaction satisfaction(List<OrderFact> facts) {
        Map<Integer, Long> distribution = new LinkedHashMap<>();
        for (int score = 1; score <= 5; score++) {
            int s = score;
            distribution.put(score, facts.stream().filter(f -> Objects.equals(f.satisfaction(), s)).count());
        }
        List<Integer> scores = facts.stream().map(OrderFact::satisfaction).filter(Objects::nonNull)
                .filter(s -> s >= 1 && s <= 5).toList();
        Double average = scores.isEmpty() ? null
                : Math.round(scores.stream().mapToInt(Integer::intValue).average().orElseThrow() * 100) / 100.0;
        return new Satisfaction(scores.size(), average, distribution,
                facts.stream().filter(OrderFact::complaint).count(),
                facts.stream().filter(OrderFact::verifiedComplaint).count());
    }

    private List<TrendPoint> trend(KpiQuery query, List<OrderFact> facts, Instant now) {
        List<TrendPoint> points = new ArrayList<>();
        LocalDate cursor = query.from();
        while (!cursor.isAfter(query.to())) {
            LocalDate bucketEnd = switch (query.bucket()) {
                case DAY -> cursor;
                case WEEK -> cursor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                case MONTH -> cursor.with(TemporalAdjusters.lastDayOfMonth());
            };
            if (bucketEnd.isAfter(query.to())) {
                bucketEnd = query.to();
            }
            Instant s = startOf(cursor);
            Instant e = startOf(bucketEnd.plusDays(1));
            List<OrderFact> received = facts.stream().filter(f -> within(f.received(), s, e)).toList();
            points.add(new TrendPoint(label(query.bucket(), cursor), cursor, bucketEnd, received.size(),
                    facts.stream().filter(f -> within(f.closed(), s, e)).count(), contactShare(received, now).rate(),
                    satisfaction(received).average(), durations(received, OrderFact::closed).medianMinutes()));
            cursor = bucketEnd.plusDays(1);
        }
        return points;
    }

    private static String label(Bucket bucket, LocalDate start) {
        return switch (bucket) {
            case DAY -> start.toString();
            case WEEK -> start + " 週";
            case MONTH -> start.toString().substring(0, 7);
        };
    }

    private List<EngineerRow> engineers(List<OrderFact> received, Instant now, Training training,
            Function<String, String> names) {
        Map<String, List<OrderFact>> byEngineer = new TreeMap<>();
        received.stream().filter(f -> f.engineer() != null)
                .forEach(f -> byEngineer.computeIfAbsent(f.engineer(), k -> new ArrayList<>()).add(f));
        List<EngineerRow> rows = new ArrayList<>();
        byEngineer.forEach((engineer, orders) -> rows.add(new EngineerRow(engineer, names.apply(engineer),
                orders.get(0).station(), orders.size(), orders.stream().filter(f -> f.closed() != null).count(),
                contactShare(orders, now).rate(), durations(orders, OrderFact::closed).medianMinutes(),
                satisfaction(orders).average(), orders.stream().filter(OrderFact::verifiedComplaint).count(),
                training == null ? BigDecimal.ZERO : training.hoursByEngineer().getOrDefault(engineer, BigDecimal.ZERO))));
        rows.sort(Comparator.comparing(EngineerRow::contactRate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(EngineerRow::averageSatisfaction, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(EngineerRow::orders, Comparator.reverseOrder()));
        return rows;
    }
}
