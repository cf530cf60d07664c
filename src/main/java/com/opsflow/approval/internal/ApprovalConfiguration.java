package com.opsflow.approval.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ApprovalConfiguration {

    /**
     * {@code @ConfigurationPropertiesScan} names the record's bean {@code opsflow.approvals-<class>};
     * BPMN timers say {@code ${approvals.reminder}}, so the bean gets that short alias.
     */
    @Bean
    static BeanFactoryPostProcessor approvalPropertiesAlias() {
        return beanFactory -> beanFactory.registerAlias("opsflow.approvals-" + ApprovalProperties.class.getName(),
                ApprovalProperties.BEAN);
    }
}
