package com.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** What the hostile-input guard lets pass: ordinary text does, and the paths exempted in configuration. */
class HostileInputGuardTest {

    private final HostileInputGuard guard = new HostileInputGuard(new InputGuardProperties(DataSize.ofKilobytes(64), 2000, 16,
            2000, List.of("'\\s*(or|and)\\s+'?\\w+'?\\s*=\\s*'?\\w+", "\\bunion\\s+(all\\s+)?select\\b"),
            List.of("/api/modeler/**")), new ObjectMapper(), null);

    @Test
    void ordinaryTextWithApostrophesAndComparisonsPasses() {
        assertThat(guard.refusedText("O'Brien 的寬頻")).isEmpty();
        assertThat(guard.refusedText("機房溫度<30 度，費用 $50，備註 #3")).isEmpty();
        assertThat(guard.inspect("{\"description\":\"用戶說 \\\"網路斷了\\\"\",\"fee\":30}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void eachHostileShapeIsNamedInChinese() {
        assertThat(guard.refusedText("${1+1}")).contains(HostileInputGuard.EXPRESSION_REFUSED);
        assertThat(guard.refusedText("< img src=x>")).contains(HostileInputGuard.MARKUP_REFUSED);
        assertThat(guard.refusedText("a' or 'x'='x")).contains(HostileInputGuard.SQL_REFUSED);
        assertThat(guard.inspect("[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]".getBytes(StandardCharsets.UTF_8)))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void exemptedPathsAndTheEnginesOtherRoutesAreNotRead() {
        assertThat(guard.shouldNotFilter(new MockHttpServletRequest("POST", "/api/modeler/models/repair"))).isTrue();
        assertThat(guard.shouldNotFilter(new MockHttpServletRequest("POST", "/engine-rest/deployment/create"))).isTrue();
        assertThat(guard.shouldNotFilter(new MockHttpServletRequest("POST", "/api/work-orders"))).isFalse();
        assertThat(guard.shouldNotFilter(new MockHttpServletRequest("POST", "/engine-rest/task/1/complete"))).isFalse();
        assertThat(guard.shouldNotFilter(new MockHttpServletRequest("POST",
                "/camunda/api/engine/engine/default/process-definition/key/repair/submit-form"))).isFalse();
    }
}
