package com.opsflow.notification;

import java.util.List;

/** The in-app notices of a staff member: every {@link Notifier#notify} is kept here, mail or not. */
public interface Notices {

    /** The newest notices first, at most {@code limit}. */
    List<Notice> recent(String userId, int limit);

    int unread(String userId);

    /** Marks every notice of the user read; returns how many were unread. */
    int markAllRead(String userId);
}
