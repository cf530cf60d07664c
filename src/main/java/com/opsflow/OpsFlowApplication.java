package com.opsflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OpsFlow 運維流程: work orders, staff approvals, appraisal and KPIs for an IT and broadband
 * operations department, on Camunda 7. Each direct sub-package is a module (Spring Modulith).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OpsFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpsFlowApplication.class, args);
    }
}
