package com.opsflow.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The expression manager of the process scenario tests' engine (camunda.cfg.xml): Camunda's mock
 * beans ({@code Mocks.register}), and the caller variables as the application resolves them
 * ({@link CallerVariables}), named by the application's own {@code opsflow.engine.caller-variables}.
 */
public class ScenarioExpressionManager extends MockExpressionManager {

    private final CallerVariables callerVariables = new CallerVariables(configured());

    static List<String> configured() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        Properties properties = yaml.getObject();
        List<String> names = new ArrayList<>();
        for (int i = 0; properties != null && properties.containsKey("opsflow.engine.caller-variables[" + i + "]"); i++) {
            names.add(properties.getProperty("opsflow.engine.caller-variables[" + i + "]").trim());
        }
        return names;
    }

    @Override
    protected ELResolver createElResolver() {
        return callerVariables.after(super.createElResolver());
    }

    @Override
    protected ELResolver createElResolver(VariableScope scope) {
        return callerVariables.after(super.createElResolver(scope));
    }
}
