package com.opsflow.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The intake's findings reach only the start of the order they were made for, on its thread, during it. */
class CheckedAtIntakeTest {

    static final CheckedAtIntake.Checked CHECKED = new CheckedAtIntake.Checked("WO-20261127-0001", "east", "東區站",
            "eng-east-1", "王小明", "13800138000", "東區測試路 1 號", "無法上網", "PHONE");

    @Test
    void theFindingsAreThereOnlyForTheirOrderAndOnlyDuringItsStart() throws Exception {
        String seen = CheckedAtIntake.during(CHECKED, () -> {
            assertThat(CheckedAtIntake.of("WO-20261127-0002")).isEmpty();
            return CheckedAtIntake.of("WO-20261127-0001").map(CheckedAtIntake.Checked::engineerName).orElse(null);
        });
        assertThat(seen).isEqualTo("王小明");
        assertThat(CheckedAtIntake.of("WO-20261127-0001")).isEmpty();
        // another thread (the job executor, another request) never sees them
        String[] other = new String[1];
        CheckedAtIntake.during(CHECKED, () -> {
            Thread t = new Thread(() -> other[0] = CheckedAtIntake.of("WO-20261127-0001").map(c -> "seen").orElse("not seen"));
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        assertThat(other[0]).isEqualTo("not seen");
    }

    @Test
    void aFailedStartLeavesNothingBehind() {
        assertThatThrownBy(() -> CheckedAtIntake.during(CHECKED, () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(CheckedAtIntake.of("WO-20261127-0001")).isEmpty();
    }
}
