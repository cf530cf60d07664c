package com.opsflow.platform.engine;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The beans a BPMN model may reach through an expression: the delegates and listeners meant for
 * models (every bean implementing {@link JavaDelegate}, {@link TaskListener},
 * {@link ExecutionListener} or a call activity's {@link DelegateVariableMapping}) and the configuration beans named in
 * {@code opsflow.engine.model-beans} ({@code deadlines}, {@code approvals} …). Without this, the
 * Spring engine resolves any bean of the application, and a deployed model could read
 * {@code ${environment.getProperty('spring.datasource.url')}} or call a repository. With it, the
 * engine's expression manager sees only this map (Camunda's {@code beans} setting), whose beans are
 * looked up lazily so nothing is created before the engine.
 */
@Component
public class ModelBeans extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(ModelBeans.class);

    private final ApplicationContext context;
    private final List<String> configured;
    private final CallerVariables callerVariables;

    public ModelBeans(ApplicationContext context, Environment environment) {
        this.context = context;
        this.configured = Binder.get(environment).bind("opsflow.engine.model-beans", Bindable.listOf(String.class))
                .orElse(List.of());
        this.callerVariables = new CallerVariables(Binder.get(environment)
                .bind("opsflow.engine.caller-variables", Bindable.listOf(String.class)).orElse(List.of()).stream()
                .map(String::trim).filter(n -> !n.isEmpty()).toList());
    }

    /** Spring's expression manager over the whitelisted beans, with {@link CallerVariables} consulted last. */
    static final class ModelExpressionManager extends SpringExpressionManager {

        private final CallerVariables callerVariables;

        ModelExpressionManager(ApplicationContext context, Map<Object, Object> beans, CallerVariables callerVariables) {
            super(context, beans);
            this.callerVariables = callerVariables;
        }

        @Override
        protected ELResolver createElResolver() {
            return callerVariables.after(super.createElResolver());
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration instanceof SpringProcessEngineConfiguration spring) {
            Set<String> names = names();
            Whitelist beans = new Whitelist(context, names);
            spring.setBeans(beans);
            // Spring's engine factory has built its expression manager over the whole context
            // already: replace it by one over the whitelist, which also resolves the caller variables
            spring.setExpressionManager(new ModelExpressionManager(context, beans, callerVariables));
            log.info("Beans reachable from BPMN expressions: {}; read from the calling process: {}", names,
                    callerVariables.names());
        }
    }

    /** The whitelisted bean names: delegates and listeners by type, configuration beans by name. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> type : List.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class,
                DelegateVariableMapping.class)) {
            names.addAll(List.of(context.getBeanNamesForType(type, true, false)));
        }
        for (String name : configured) {
            if (!name.isBlank()) {
                if (!context.containsBean(name.trim())) {
                    throw new IllegalStateException("opsflow.engine.model-beans 列出的 bean 不存在 / no bean named " + name);
                }
                names.add(name.trim());
            }
        }
        return names.stream().sorted().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A read-only map of the whitelisted names to their beans, looked up when an expression asks. */
    static final class Whitelist extends AbstractMap<Object, Object> {

        private final ApplicationContext context;
        private final Set<String> names;

        Whitelist(ApplicationContext context, Set<String> names) {
            this.context = context;
            this.names = Set.copyOf(names);
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && names.contains(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return names.stream().<Entry<Object, Object>>map(n -> new SimpleImmutableEntry<>(n, context.getBean(n)))
                    .collect(Collectors.toSet());
        }
    }
}
