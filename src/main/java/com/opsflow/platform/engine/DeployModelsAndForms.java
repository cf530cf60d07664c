package com.opsflow.platform.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN model of {@code bpmn/} and every Camunda Form of {@code forms/} in one
 * deployment named {@value #DEPLOYMENT_NAME}, right after the engine is built.
 *
 * <p>The starter's auto-deployment is off: it names resources by absolute path when run from
 * {@code target/classes} and skips {@code *.form}. Here each resource is named by its classpath
 * path ({@code bpmn/workorder/repair.bpmn}) and duplicate filtering is on with
 * deploy-changed-only, so a restart, or a second node, creates no new version. Because a changed
 * model may be deployed without its unchanged form, models bind forms with
 * {@code camunda:formRefBinding="latest"}.
 */
@Component
public class DeployModelsAndForms extends AbstractProcessEnginePlugin {

    public static final String DEPLOYMENT_NAME = "opsflow";
    static final List<String> FOLDERS = List.of("bpmn", "forms");
    private static final List<String> PATTERNS = List.of(
            "classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:forms/**/*.form");
    private static final Logger log = LoggerFactory.getLogger(DeployModelsAndForms.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        List<String> names = new ArrayList<>();
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        for (Resource resource : resources()) {
            String name = classpathName(resource);
            try (InputStream in = resource.getInputStream()) {
                builder.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            log.warn("No BPMN model or form found under bpmn/ and forms/: nothing deployed");
            return;
        }
        Deployment deployment = builder.deploy();
        log.info("Deployment '{}' ({}): {} resources checked, changed ones deployed", DEPLOYMENT_NAME,
                deployment.getId(), names.size());
        parseLatest(engine.getRepositoryService());
    }

    /**
     * The latest version of every process, parsed into the engine's deployment cache before the node
     * takes work: otherwise a node on an existing database parses a model at its first use, and
     * several first starts of one model at once on that cold cache once failed inside the engine
     * ("processDefinitionId is null" while creating a timer, issue 19).
     */
    static void parseLatest(RepositoryService repository) {
        long start = System.nanoTime();
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().latestVersion().list();
        latest.forEach(definition -> repository.getProcessDefinition(definition.getId()));
        log.info("{} process models parsed into the deployment cache in {} ms", latest.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    static List<Resource> resources() {
        var resolver = new PathMatchingResourcePatternResolver();
        List<Resource> found = new ArrayList<>();
        try {
            for (String pattern : PATTERNS) {
                for (Resource r : resolver.getResources(pattern)) {
                    if (r.isReadable()) {
                        found.add(r);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bpmn/ and forms/ on the classpath", e);
        }
        return found;
    }

    /** {@code …/target/classes/bpmn/workorder/repair.bpmn} or {@code …jar!/…/bpmn/…} → {@code bpmn/workorder/repair.bpmn}. */
    static String classpathName(Resource resource) {
        String url;
        try {
            url = resource.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int best = -1;
        for (String folder : FOLDERS) {
            best = Math.max(best, url.lastIndexOf("/" + folder + "/"));
        }
        if (best < 0) {
            throw new IllegalStateException("resource outside bpmn/ and forms/: " + url);
        }
        return url.substring(best + 1);
    }
}
