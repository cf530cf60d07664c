package com.opsflow.workorder.internal;

import com.opsflow.workorder.DeadlineProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration
class WorkOrderConfiguration {

    /**
     * {@code opsflow.deadlines.*} as the bean {@code deadlines} that BPMN expressions name
     * ({@code ${deadlines.contact}}); bound here so the bean has that short name.
     */
    @Bean
    DeadlineProperties deadlines(Environment environment) {
        return Binder.get(environment).bindOrCreate("opsflow.deadlines", DeadlineProperties.class);
    }
}
