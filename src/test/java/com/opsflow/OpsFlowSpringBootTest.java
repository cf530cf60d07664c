package com.opsflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The one Spring Boot test configuration of OpsFlow (so all such tests share one context): the
 * real engine on a random port, the demo organisation, H2 in memory — or MySQL/MariaDB when the
 * build runs with {@code -Pmysql} (system property {@code opsflow.test.db=mysql}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = OpsFlowSpringBootTest.Profiles.class)
public @interface OpsFlowSpringBootTest {

    class Profiles implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return "mysql".equals(System.getProperty("opsflow.test.db"))
                    ? new String[] {"test", "demo", "mysql"}
                    : new String[] {"test", "demo"};
        }
    }
}
