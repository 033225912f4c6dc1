package dev.interviewcoach.store.jdbc.internal;

import java.util.List;
import java.util.function.Function;

/**
 * One step of the schema, applied once, in order, inside one transaction.
 *
 * @param version the schema version this step brings the database to
 * @param description what it does
 * @param statements the DDL, per dialect
 */
public record Migration(int version, String description, Function<Dialect, List<String>> statements) {}
