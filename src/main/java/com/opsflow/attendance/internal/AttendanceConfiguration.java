package com.opsflow.attendance.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AttendanceConfiguration {

    /**
     * {@code @ConfigurationPropertiesScan} names the record's bean {@code opsflow.attendance-<class>};
     * the model says {@code ${attendance.summarySchedule}}, so the bean gets that short alias.
     */
    @Bean
    static BeanFactoryPostProcessor attendancePropertiesAlias() {
        return beanFactory -> beanFactory.registerAlias("opsflow.attendance-" + AttendanceProperties.class.getName(),
                AttendanceProperties.BEAN);
    }
}
