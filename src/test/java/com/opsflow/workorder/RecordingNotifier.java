package com.opsflow.workorder;

import com.opsflow.notification.Notifier;
import java.util.ArrayList;
import java.util.List;

/** Remembers every notification instead of mailing it. */
class RecordingNotifier implements Notifier {

    record Message(String to, String subject, String body) {
    }

    final List<Message> sent = new ArrayList<>();

    @Override
    public void notify(String userId, String subject, String body) {
        sent.add(new Message(userId, subject, body));
    }

    List<String> recipients() {
        return sent.stream().map(Message::to).toList();
    }
}
