package com.opsflow.workorder;

import java.util.regex.Pattern;

/**
 * The one rule for a customer's phone number, shared by the REST front door and the
 * start forms' {@code validate.pattern} (a test keeps the forms equal to {@link #PATTERN}):
 * a mainland mobile, 11 digits from 13… to 19…, optionally after +86 / 86; or a landline with its
 * area code (010, 0755 …), optionally a hyphen before the 7 or 8 digits, optionally an extension.
 * Written for both Java and JavaScript regular expressions.
 */
public final class PhoneNumbers {

    public static final String PATTERN = "^(?:(?:\\+?86[- ]?)?1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(?:-\\d{1,6})?)$";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private PhoneNumbers() {
    }

    public static boolean valid(String phone) {
        return phone != null && COMPILED.matcher(phone.trim()).matches();
    }
}
