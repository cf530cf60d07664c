package com.opsflow.monitoring.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class MonitoringConfiguration {

    /** The models say {@code ${monitoring.schedule}}: the properties record gets that short alias. */
    @Bean
    static BeanFactoryPostProcessor monitoringPropertiesAlias() {
        return beanFactory -> beanFactory.registerAlias("opsflow.monitoring-" + MonitoringProperties.class.getName(),
                MonitoringProperties.BEAN);
    }
}
