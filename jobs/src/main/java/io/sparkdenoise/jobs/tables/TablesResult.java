/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import io.sparkdenoise.jobs.JobResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code tables register} did.
 *
 * @param catalog the catalog the tables are in
 * @param database their database
 * @param tables each registered table, in registration order
 * @param seconds wall-clock time, to the millisecond
 */
public record TablesResult(
    Catalog catalog, String database, List<Registered> tables, double seconds)
    implements JobResult {
  /** What became of an existing table of the same name. */
  public enum Action {
    /** There was none. */
    CREATED,
    /** It pointed elsewhere or had another schema: dropped (files kept) and created again. */
    REPLACED,
    /** It was the same table: kept, its partitions refreshed. */
    KEPT
  }

  /**
   * One registered table.
   *
   * @param name the qualified name, {@code database.table}
   * @param location the qualified URI of its directory
   * @param action what became of an existing table of the same name
   * @param partitions the partitions the catalog lists, 0 for an unpartitioned table
   * @param rows the rows it holds
   */
  public record Registered(
      String name, String location, Action action, long partitions, long rows) {
    Map<String, Object> summary() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("location", location);
      map.put("action", action.name().toLowerCase(java.util.Locale.ROOT));
      map.put("partitions", partitions);
      map.put("rows", rows);
      return map;
    }
  }

  /** Copies the tables. */
  public TablesResult {
    tables = List.copyOf(tables);
  }

  /**
   * catalog, persistent (whether the tables outlive the session), database, tables (by qualified
   * name: location, action, partitions, rows), seconds.
   */
  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("catalog", catalog.id());
    summary.put("persistent", catalog == Catalog.HIVE);
    summary.put("database", database);
    Map<String, Object> byName = new LinkedHashMap<>();
    tables.forEach(t -> byName.put(t.name(), t.summary()));
    summary.put("tables", byName);
    summary.put("seconds", seconds);
    return summary;
  }
}
