package com.opsflow.workorder.internal;

/** Hands out readable, unique order numbers: {@code WO-20261125-0007}. */
public interface OrderNumbers {

    String next();
}
