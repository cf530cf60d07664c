package com.opsflow.benchmark;

import com.opsflow.modeler.UncheckedDeployment;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The bare Camunda flow the benchmarks measure OpsFlow against: the shape of OpsFlow's repair order
 * with no-op delegates ({@code src/test/resources/benchmark/bare-*.bpmn}), not deployed by the
 * application. A benchmark that runs it imports {@link Delegates}, calls {@link #deploy} and, when
 * customer service starts it over HTTP, {@link #grantStart}. The two-node benchmark's bare Camunda nodes
 * ({@code barecamunda.BareCamundaNode}) deploy and run it the same way.
 */
public final class BareFlow {

    /** The bare repair order; it calls {@link #RESPONSE_DEADLINE} and {@code bare-callback}. */
    static final String REPAIR = "bare-repair";
    /** The bare response deadline: a contact task with a PT10M non-interrupting timer. */
    public static final String RESPONSE_DEADLINE = "bare-response-deadline";
    static final String CALLBACK = "bare-callback";
    /** The bare response deadline's timer and the no-op deduction it leads to. */
    static final String CONTACT_OVERDUE = "BoundaryEvent_ContactOverdue";
    static final String DEDUCT_LATE_CONTACT = "ServiceTask_DeductLateContact";
    /** Where customer service starts the bare repair order over HTTP (answered 200), on the default engine. */
    static final String START_PATH = "/engine-rest/process-definition/key/" + REPAIR + "/start";

    private static final List<String> KEYS = List.of(REPAIR, RESPONSE_DEADLINE, CALLBACK);

    private BareFlow() {
    }

    /** Import into a benchmark's context: the bare flow's delegates. */
    @TestConfiguration
    public static class Delegates {
        /** The bare flow's delegates: do nothing. */
        @Bean
        JavaDelegate bareNoOp() {
            return execution -> {
            };
        }
    }

    /** Deploys the three bare models (once: duplicates are filtered), without the deployment lint. */
    public static void deploy(RepositoryService repositoryService, String name) {
        // the bare models of the comparison, not models of bpmn/: deployed without the deployment lint
        UncheckedDeployment.call(() -> repositoryService.createDeployment().name(name).enableDuplicateFiltering(true)
                .addClasspathResource("benchmark/bare-repair.bpmn").addClasspathResource("benchmark/bare-response-deadline.bpmn")
                .addClasspathResource("benchmark/bare-callback.bpmn").deploy());
    }

    /** Customer service may start the bare flow, as OpsFlow lets it start orders. */
    static void grantStart(AuthorizationService authorizationService) {
        for (String key : KEYS) {
            if (authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION).resourceId(key)
                    .groupIdIn("customer-service").count() == 0) {
                Authorization auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                auth.setGroupId("customer-service");
                auth.setResource(Resources.PROCESS_DEFINITION);
                auth.setResourceId(key);
                auth.addPermission(Permissions.READ);
                auth.addPermission(Permissions.CREATE_INSTANCE);
                authorizationService.saveAuthorization(auth);
            }
        }
        if (authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId("*")
                .groupIdIn("customer-service").hasPermission(Permissions.CREATE).count() == 0) {
            Authorization auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            auth.setGroupId("customer-service");
            auth.setResource(Resources.PROCESS_INSTANCE);
            auth.addPermission(Permissions.CREATE);
            auth.setResourceId("*");
            authorizationService.saveAuthorization(auth);
        }
    }

    /**
     * {@link #START_PATH} on the engine named {@code engine}: a benchmark whose engine is not named
     * "default" must name it, or {@code /engine-rest} answers from another engine (with none named
     * "default", the engine's REST API builds one of its own from {@code camunda.cfg.xml}).
     */
    static String startPath(String engine) {
        return "/engine-rest/engine/" + engine + "/process-definition/key/" + REPAIR + "/start";
    }

    /**
     * The body of {@link #START_PATH}: the same input a customer-service agent gives OpsFlow for a
     * repair order ({@code POST /api/work-orders}), as process variables, and a business key.
     */
    static String startBody(String businessKey, String customerName, String address, String station, String engineer) {
        return "{\"businessKey\":\"" + businessKey + "\",\"variables\":{"
                + "\"orderType\":{\"value\":\"REPAIR\"},\"customerName\":{\"value\":\"" + customerName + "\"},"
                + "\"customerPhone\":{\"value\":\"13800138000\"},\"address\":{\"value\":\"" + address + "\"},"
                + "\"station\":{\"value\":\"" + station + "\"},\"channel\":{\"value\":\"PHONE\"},\"description\":{\"value\":\"無法上網\"},"
                + "\"engineer\":{\"value\":\"" + engineer + "\"}}}";
    }
}
