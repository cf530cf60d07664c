package com.opsflow.staff.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class StaffConfiguration {

    /** BPMN says {@code ${staffing.phoneDutyFineRmb}}: the properties bean gets that short alias. */
    @Bean
    static BeanFactoryPostProcessor staffPropertiesAlias() {
        return beanFactory -> beanFactory.registerAlias("opsflow.staff-" + StaffProperties.class.getName(),
                StaffProperties.BEAN);
    }
}
