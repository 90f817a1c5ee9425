/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Loads table schemas from {@code data-schemas/}, the source of truth for every table's layout. The
 * build puts the project's {@code data-schemas/*.json} on the jobs class path; each file holds one
 * schema in Spark's JSON form ({@code StructType.json()}) and every field, nested ones included,
 * carries a non-blank {@value #DESCRIPTION} in its metadata.
 */
public final class TableSchemas {
  /** The metadata key of a field's documentation. */
  public static final String DESCRIPTION = "description";

  private static final String RESOURCE_DIR = "data-schemas/";
  private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_-]*");

  private TableSchemas() {}

  /** The schema of {@code table}, from {@code data-schemas/<table>.json} on the class path. */
  public static StructType load(String table) {
    if (!TABLE_NAME.matcher(table).matches()) {
      throw new IllegalArgumentException(
          "table name must match " + TABLE_NAME + ", got '" + table + "'");
    }
    String resource = RESOURCE_DIR + table + ".json";
    try (InputStream in = TableSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema " + resource + " on the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Parses a schema in Spark's JSON form; {@code source} names it in error messages. */
  static StructType parse(String json, String source) {
    DataType type;
    try {
      type = DataType.fromJson(json);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          source + " is not a Spark JSON schema: " + e.getMessage(), e);
    }
    if (!(type instanceof StructType struct)) {
      throw new IllegalArgumentException(source + " must hold a struct, got " + type.typeName());
    }
    requireDescriptions(struct, "", source);
    return struct;
  }

  private static void requireDescriptions(StructType struct, String prefix, String source) {
    for (StructField field : struct.fields()) {
      String path = prefix + field.name();
      if (!field.metadata().contains(DESCRIPTION)
          || field.metadata().getString(DESCRIPTION).isBlank()) {
        throw new IllegalArgumentException(
            "field '" + path + "' in " + source + " has no " + DESCRIPTION + " in its metadata");
      }
      DataType type = field.dataType();
      while (type instanceof ArrayType array) {
        type = array.elementType();
      }
      if (type instanceof StructType nested) {
        requireDescriptions(nested, path + ".", source);
      }
    }
  }
}
