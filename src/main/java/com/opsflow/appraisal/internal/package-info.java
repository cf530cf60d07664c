/**
 * The ledger on JDBC (tables of {@code db/changelog/appraisal}), the 3-point rules and the
 * separation-threshold crossings. Not for other modules: they use {@link com.opsflow.appraisal.Appraisal}.
 */
package com.opsflow.appraisal.internal;
