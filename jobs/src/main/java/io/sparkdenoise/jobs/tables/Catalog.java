/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

/**
 * Where registered tables live: Spark's {@code spark.sql.catalogImplementation}. A static Spark
 * setting: it is fixed when the session starts.
 */
public enum Catalog {
  /** The session's own catalog: tables last as long as the session (queries, notebooks, tests). */
  IN_MEMORY("in-memory"),
  /**
   * A Hive metastore (hive-site.xml on the class path, or {@code spark.hadoop.*} settings; without
   * them a local Derby metastore in the working directory): tables outlive the session and are seen
   * by every engine that reads the metastore.
   */
  HIVE("hive");

  /** Spark's setting that picks the catalog. */
  public static final String SPARK_SETTING = "spark.sql.catalogImplementation";

  private final String id;

  Catalog(String id) {
    this.id = id;
  }

  /** The setting's value: {@code in-memory} or {@code hive}. */
  public String id() {
    return id;
  }

  /** The catalog whose setting is {@code id}. */
  public static Catalog of(String id) {
    for (Catalog catalog : values()) {
      if (catalog.id.equals(id)) {
        return catalog;
      }
    }
    throw new IllegalArgumentException(
        TablesConfig.CATALOG + " must be in-memory or hive, got '" + id + "'");
  }
}
