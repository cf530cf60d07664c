package com.opsflow;

import com.opsflow.appraisal.Appraisal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until the appraisal module's implementation is merged, the shared test context has no
 * {@link Appraisal} bean and fails to start. This stand-in exists only when no real one does
 * (conditions on bean methods are evaluated after component scanning), so it goes quiet by
 * itself once the appraisal branch is merged; delete it then. It refuses every posting.
 */
@Configuration(proxyBeanMethods = false)
class AppraisalFallbackForTests {

    @Bean
    @ConditionalOnMissingBean(Appraisal.class)
    Appraisal appraisalNotMergedYet() {
        return breach -> {
            throw new UnsupportedOperationException("appraisal module not merged yet");
        };
    }
}
