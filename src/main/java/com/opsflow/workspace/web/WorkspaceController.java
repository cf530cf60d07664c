package com.opsflow.workspace.web;

import com.opsflow.appeal.Appeals;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.Standing;
import com.opsflow.identity.Groups;
import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.Station;
import com.opsflow.notification.Notice;
import com.opsflow.notification.Notices;
import com.opsflow.platform.CurrentUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "My ledger" {@code /me} and the navigation {@code /me/nav}, on the page chain
 * (session, CSRF on). Only ever the signed-in person's own data: there is no staff parameter.
 */
@Controller
class WorkspaceController {

    /** Dates and times as staff read them, in the department's zone. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int NOTICES = 20;

    private final Navigation navigation;
    private final StaffDirectory directory;
    private final AppraisalLedger ledger;
    private final Notices notices;
    private final Appeals appeals;
    private final ZoneId zone;

    WorkspaceController(Navigation navigation, StaffDirectory directory, AppraisalLedger ledger, Notices notices,
            Appeals appeals, @Value("${opsflow.zone}") ZoneId zone) {
        this.navigation = navigation;
        this.directory = directory;
        this.ledger = ledger;
        this.notices = notices;
        this.appeals = appeals;
        this.zone = zone;
    }

    record Csrf(String headerName, String parameterName, String token) {
    }

    record Nav(String user, String name, List<Navigation.Link> links, Csrf csrf) {
    }

    @GetMapping("/me/nav")
    @ResponseBody
    Nav nav(CsrfToken csrf) {
        CurrentUser user = CurrentUser.get();
        return new Nav(user.id(), directory.displayName(user.id()), navigation.linksFor(user),
                new Csrf(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken()));
    }

    @GetMapping({"/me", "/me/"})
    String page() {
        return "forward:/me/index.html";
    }

    record Person(String id, String name, List<String> groups, String station) {
    }

    record Entry(long id, String occurredAt, String month, String kind, BigDecimal points, BigDecimal amountRmb,
            String rule, String reason, String businessKey, boolean reversed, String reversalReason, boolean appealable) {
    }

    /** One of the person's appeals (R-AP-6): the entry, the reason, 審理中 / 成立 / 駁回 and the decision. */
    record AppealView(String appealId, long entryId, String entry, String reason, String filedAt, String status,
            String decision) {
    }

    record AppealRequest(String reason) {
    }

    record NoticeView(long id, String subject, String body, String at, boolean read) {
    }

    record Ledger(Person person, String month, Standing standing, List<Entry> entries, List<AppealView> appeals,
            List<NoticeView> notices, int unreadNotices) {
    }

    @GetMapping("/me/data")
    @ResponseBody
    Ledger data() {
        CurrentUser user = CurrentUser.get();
        YearMonth month = YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(zone));
        Standing standing = ledger.standing(user.id(), month);
        List<Appeals.Filed> filed = appeals.filedBy(user.id());
        Set<Long> underAppeal = new HashSet<>();
        filed.stream().filter(a -> a.decision() == null).forEach(a -> underAppeal.add(a.entryId()));
        List<Entry> entries = entries(user.id(), month, standing.windowMonths(), underAppeal);
        Map<Long, Entry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        List<AppealView> appealViews = filed.stream().map(a -> new AppealView(a.appealId(), a.entryId(),
                describe(byId.get(a.entryId()), a.entryId()), a.reason(), format(a.filedAt()), a.status(), a.decision()))
                .toList();
        return new Ledger(person(user), month.toString(), standing, entries, appealViews,
                notices.recent(user.id(), NOTICES).stream().map(this::view).toList(), notices.unread(user.id()));
    }

    /**
     * Files the person's appeal against one of their own entries (R-AP-6), as the REST API does:
     * someone else's entry 403, no reason or an entry reversed or under appeal 400, each with the
     * reason in Chinese; nothing is started then.
     */
    @PostMapping("/me/entries/{id}/appeal")
    @ResponseBody
    Appeals.Appeal appeal(@PathVariable long id, @RequestBody(required = false) AppealRequest request) {
        return appeals.file(id, request == null ? null : request.reason(), CurrentUser.get().id());
    }

    /** 「2026-11-03 R-WO-4 扣 0.5 分」; the entry's number alone when it is older than the window. */
    private static String describe(Entry entry, long entryId) {
        if (entry == null) {
            return "#" + entryId;
        }
        String amount = "扣分".equals(entry.kind()) ? "扣 " + plain(entry.points()) + " 分" : "罰款 " + plain(entry.amountRmb()) + " 元";
        return entry.occurredAt() + " " + entry.rule() + " " + amount;
    }

    @PostMapping("/me/notices/read")
    @ResponseBody
    Map<String, Integer> readNotices() {
        return Map.of("marked", notices.markAllRead(CurrentUser.get().id()));
    }

    private Person person(CurrentUser user) {
        Set<String> groups = user.groups();
        List<String> names = Groups.ALL.stream().filter(g -> groups.contains(g.id())).map(Groups.GroupDefinition::name)
                .toList();
        String station = directory.find(user.id()).flatMap(Staff::station).flatMap(directory::station)
                .map(Station::name).orElse(null);
        return new Person(user.id(), directory.displayName(user.id()), names, station);
    }

    /** The entries of the rolling window (R-AP-3), newest first; reversals shown on their original. */
    private List<Entry> entries(String staff, YearMonth month, int windowMonths, Set<Long> underAppeal) {
        List<LedgerEntry> all = new ArrayList<>();
        for (int i = 0; i < windowMonths; i++) {
            all.addAll(ledger.entries(staff, month.minusMonths(i), null));
        }
        Map<Long, LedgerEntry> reversals = new HashMap<>();
        all.stream().filter(e -> e.reversalOf() != null).forEach(r -> reversals.put(r.reversalOf(), r));
        return all.stream().filter(e -> e.reversalOf() == null)
                .sorted((a, b) -> b.occurredAt().compareTo(a.occurredAt()))
                .map(e -> {
                    LedgerEntry reversal = reversals.get(e.id());
                    return new Entry(e.id(), format(e.occurredAt()), YearMonth.from(e.occurredAt().atZone(zone)).toString(),
                            e.kind() == EntryKind.POINTS ? "扣分" : "罰款", e.points(), e.amountRmb(), e.rule(),
                            e.reason(), e.businessKey(), reversal != null, reversal == null ? null : reversal.reason(),
                            reversal == null && !underAppeal.contains(e.id()));
                })
                .toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private NoticeView view(Notice notice) {
        return new NoticeView(notice.id(), notice.subject(), notice.body(), format(notice.createdAt()), notice.read());
    }

    private String format(Instant at) {
        return at == null ? null : DATE_TIME.format(at.atZone(zone));
    }
}
