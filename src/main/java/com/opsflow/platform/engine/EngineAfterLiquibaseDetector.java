package com.opsflow.platform.engine;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Spring Boot does not order the Camunda engine after Liquibase: any bean that touches the engine
 * early would build it on an empty schema (ENGINE-03057). Declaring the engine beans as depending
 * on database initialization makes Liquibase run first. Registered in META-INF/spring.factories.
 */
public class EngineAfterLiquibaseDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineConfigurationImpl.class, ProcessEngineFactoryBean.class, ProcessEngine.class);
    }
}
