package com.opsflow.workorder.web;

import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.StationLeads;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.platform.NotFoundException;
import com.opsflow.workorder.OrderSearch;
import com.opsflow.workorder.OrderSummary;
import com.opsflow.workorder.WorkOrderType;
import com.opsflow.workorder.WorkOrderView;
import com.opsflow.workorder.WorkOrders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Customer service's order list {@code /orders}: a static page
 * ({@code static/orders/}) on the page chain (session, CSRF on) and the JSON its script reads:
 * search, one order with its timeline, cancel. Office roles only; cancelling is for those who
 * take orders (customer service, the ops manager, admin).
 */
@Controller
class OrderListController {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkOrders workOrders;
    private final StaffDirectory directory;
    private final ZoneId zone;

    OrderListController(WorkOrders workOrders, StaffDirectory directory, @Value("${opsflow.zone}") ZoneId zone) {
        this.workOrders = workOrders;
        this.directory = directory;
        this.zone = zone;
    }

    static boolean mayRead(CurrentUser user) {
        return user.inAnyGroup(Groups.CUSTOMER_SERVICE, Groups.OPS_MANAGER, Groups.STATION_MANAGER, Groups.STATION_HEAD,
                Groups.BUREAU_HEAD, Groups.ADMIN);
    }

    static boolean mayCancel(CurrentUser user) {
        return user.inAnyGroup(Groups.CUSTOMER_SERVICE, Groups.OPS_MANAGER, Groups.ADMIN);
    }

    private static CurrentUser reader() {
        CurrentUser user = CurrentUser.get();
        if (!mayRead(user)) {
            throw new ForbiddenException("工單查詢僅供客服、運營部及區站管理人員使用 / the order list is for customer service and managers");
        }
        return user;
    }

    // Both addresses work: the page loads its styles and scripts by absolute paths.
    @GetMapping({"/orders", "/orders/"})
    String page() {
        reader();
        return "forward:/orders/index.html";
    }

    record Row(String orderNo, String type, String typeName, String status, String statusName, String customerName,
            String customerPhone, String address, String station, String stationName, String engineer,
            String engineerName, String startedAt, String endedAt, List<String> openTasks) {
    }

    record StationOption(String id, String name) {
    }

    record Found(List<Row> orders, boolean truncated, int max, List<StationOption> stations) {
    }

    @GetMapping("/orders/api/search")
    @ResponseBody
    Found search(@RequestParam(required = false) String orderNo, @RequestParam(required = false) String customer,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String address,
            @RequestParam(required = false) String station, @RequestParam(required = false) String status,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        reader();
        List<OrderSummary> found = workOrders.search(new OrderSearch(orderNo, customer, phone, address, station, status,
                day("from", from), day("to", to)));
        // the stations and the engineers' names in two reads for the whole list, not two per row (up to 200)
        Map<String, String> stationNames = directory.stationNames();
        List<StationOption> stations = stationNames.entrySet().stream()
                .map(s -> new StationOption(s.getKey(), s.getValue())).toList();
        Map<String, String> engineerNames = directory.displayNames(
                found.stream().map(OrderSummary::engineer).filter(Objects::nonNull).collect(Collectors.toSet()));
        return new Found(found.stream().map(o -> row(o, stationNames, engineerNames)).toList(),
                found.size() >= OrderSearch.MAX_RESULTS, OrderSearch.MAX_RESULTS, stations);
    }

    record Detail(WorkOrderView order, String typeName, String statusName, String stationName,
            Map<String, String> people, List<Timeline.Entry> timeline, List<Timeline.DeadlineRow> deadlines,
            List<Timeline.Entry> notes, boolean mayCancel) {
    }

    @GetMapping("/orders/api/orders/{orderNo}")
    @ResponseBody
    Detail order(@PathVariable String orderNo) {
        CurrentUser user = reader();
        WorkOrderView view = workOrders.find(orderNo)
                .orElseThrow(() -> new NotFoundException("查無此工單 / no work order " + orderNo));
        return detail(view, user);
    }

    record CancelRequest(String reason) {
    }

    @PostMapping("/orders/api/orders/{orderNo}/cancel")
    @ResponseBody
    Detail cancel(@PathVariable String orderNo, @RequestBody(required = false) CancelRequest request) {
        CurrentUser user = reader();
        if (!mayCancel(user)) {
            throw new ForbiddenException("只有客服或運營部經理可撤單 / only customer service cancels orders");
        }
        return detail(workOrders.cancel(orderNo, request == null ? null : request.reason(), user.id()), user);
    }

    private Detail detail(WorkOrderView view, CurrentUser user) {
        Timeline timeline = new Timeline(directory::displayName, zone);
        String station = view.order().get("station") == null ? null : view.order().get("station").toString();
        return new Detail(view, typeName(view.type()), Timeline.statusName(view.status()), stationName(station),
                timeline.people(view), timeline.entries(view), timeline.deadlines(view), timeline.notes(view),
                mayCancel(user) && "ACTIVE".equals(view.status()));
    }

    private Row row(OrderSummary o, Map<String, String> stationNames, Map<String, String> engineerNames) {
        return new Row(o.orderNo(), o.type(), typeName(o.type()), o.status(), Timeline.statusName(o.status()),
                o.customerName(), o.customerPhone(), o.address(), o.station(),
                o.station() == null ? null : stationNames.getOrDefault(o.station(), o.station()), o.engineer(),
                o.engineer() == null ? null : engineerNames.get(o.engineer()), format(o.startedAt()),
                format(o.endedAt()), o.openTasks());
    }

    private String stationName(String id) {
        return id == null ? null : directory.stationLeads(id).map(StationLeads::name).orElse(id);
    }

    private static String typeName(String type) {
        try {
            return WorkOrderType.valueOf(type).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return type;
        }
    }

    private String format(Instant at) {
        return at == null ? null : DATE_TIME.format(at.atZone(zone));
    }

    static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("查詢條件有誤 / invalid search",
                    Map.of(field, "日期格式須為 yyyy-MM-dd / not a date: " + text));
        }
    }
}
