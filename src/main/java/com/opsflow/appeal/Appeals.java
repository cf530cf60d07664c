package com.opsflow.appeal;

import java.time.Instant;
import java.util.List;

/** Filing an appeal and reading its audit trail (R-AP-6). */
public interface Appeals {

    /**
     * Files the appellant's appeal against one of their own entries and starts its {@code appeal}
     * process. Unknown entry → {@link com.opsflow.platform.NotFoundException}; someone else's entry →
     * {@link com.opsflow.platform.ForbiddenException}; no reason, a reversal, an entry already
     * reversed or under appeal → {@link com.opsflow.platform.BadRequestException}.
     */
    Appeal file(long entryId, String reason, String appellant);

    /** The steps of one appeal (its process instance id), oldest first. */
    List<Step> audit(String appealId);

    /**
     * The appellant's own appeals, newest first, with where each stands: 審理中 until decided, then
     * 成立 or 駁回 with the decision's comment.
     */
    List<Filed> filedBy(String appellant);

    /** One appeal as its appellant follows it; {@code decision} is null while it is open. */
    record Filed(String appealId, long entryId, String reason, Instant filedAt, String status, String decision) {
    }

    record Appeal(String appealId, long entryId, String appellant, String reason, String status) {
    }

    /** step: FILED, DECIDED (note: 成立/駁回 and the comment), REVERSED (note: the reversal entry). */
    record Step(String appealId, long entryId, String step, String actor, Instant at, String note) {
    }
}
