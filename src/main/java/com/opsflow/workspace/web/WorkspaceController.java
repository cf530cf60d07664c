package com.opsflow.workspace.web;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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
    private final ZoneId zone;

    WorkspaceController(Navigation navigation, StaffDirectory directory, AppraisalLedger ledger, Notices notices,
            @Value("${opsflow.zone}") ZoneId zone) {
        this.navigation = navigation;
        this.directory = directory;
        this.ledger = ledger;
        this.notices = notices;
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
            String rule, String reason, String businessKey, boolean reversed, String reversalReason) {
    }

    record NoticeView(long id, String subject, String body, String at, boolean read) {
    }

    record Ledger(Person person, String month, Standing standing, List<Entry> entries, boolean appealsOpen,
            List<NoticeView> notices, int unreadNotices) {
    }

    @GetMapping("/me/data")
    @ResponseBody
    Ledger data() {
        CurrentUser user = CurrentUser.get();
        YearMonth month = YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(zone));
        Standing standing = ledger.standing(user.id(), month);
        return new Ledger(person(user), month.toString(), standing, entries(user.id(), month, standing.windowMonths()),
                false, notices.recent(user.id(), NOTICES).stream().map(this::view).toList(), notices.unread(user.id()));
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
    private List<Entry> entries(String staff, YearMonth month, int windowMonths) {
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
                            e.reason(), e.businessKey(), reversal != null, reversal == null ? null : reversal.reason());
                })
                .toList();
    }

    private NoticeView view(Notice notice) {
        return new NoticeView(notice.id(), notice.subject(), notice.body(), format(notice.createdAt()), notice.read());
    }

    private String format(Instant at) {
        return at == null ? null : DATE_TIME.format(at.atZone(zone));
    }
}
