package com.opsflow.modeler.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new deployment gets a new version tag: the owner's tag when it is above the latest deployed
 * one (a MINOR or MAJOR step, see CONTRIBUTING.md), otherwise the latest one with PATCH + 1.
 */
final class VersionTags {

    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    static String next(String latest, String proposed) {
        int[] last = parse(latest);
        int[] mine = parse(proposed);
        if (last == null) {
            return mine == null ? "1.0.0" : proposed;
        }
        if (mine != null && compare(mine, last) > 0) {
            return proposed;
        }
        return last[0] + "." + last[1] + "." + (last[2] + 1);
    }

    static int[] parse(String tag) {
        if (tag == null) {
            return null;
        }
        Matcher m = SEMVER.matcher(tag.trim());
        return m.matches() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))} : null;
    }

    static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private VersionTags() {
    }
}
