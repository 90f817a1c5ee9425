/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.jobs.spark.SchemaCheck.Nullability;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SchemaTest {
  /** The tiny schema in src/test/resources/data-schemas/tiny.json. */
  private static final StructType TINY =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("pixels", DataTypes.createArrayType(DataTypes.FloatType), true)
          .add(
              "size",
              new StructType()
                  .add("h", DataTypes.IntegerType, false)
                  .add("w", DataTypes.IntegerType, false),
              false);

  @Test
  void loadsASchemaFileFromTheClassPathWithItsDescriptions() {
    StructType loaded = TableSchemas.load("tiny");

    assertThat(SchemaCheck.differences(TINY, loaded, Nullability.STRICT)).isEmpty();
    assertThat(loaded.apply("id").metadata().getString("description")).isEqualTo("stable image id");
  }

  @Test
  void everyFieldNeedsADescription() {
    String json =
        "{\"type\":\"struct\",\"fields\":[{\"name\":\"s\",\"type\":{\"type\":\"struct\",\"fields\":"
            + "[{\"name\":\"x\",\"type\":\"integer\",\"nullable\":true,\"metadata\":{}}]},"
            + "\"nullable\":true,\"metadata\":{\"description\":\"outer\"}}]}";

    assertThatThrownBy(() -> TableSchemas.parse(json, "t.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 's.x' in t.json has no description in its metadata");
  }

  @Test
  void missingAndMalformedSchemasAreNamed() {
    assertThatThrownBy(() -> TableSchemas.load("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no schema data-schemas/nope.json on the class path");
    assertThatThrownBy(() -> TableSchemas.parse("\"integer\"", "t.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.json must hold a struct, got integer");
    assertThatThrownBy(() -> TableSchemas.load("../x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table name must match [a-z][a-z0-9_-]*, got '../x'");
  }

  @Test
  void listsEveryDifferenceOnItsOwnLine() {
    StructType actual =
        new StructType()
            .add("pixels", DataTypes.createArrayType(DataTypes.DoubleType), true)
            .add("id", DataTypes.StringType, true)
            .add("size", new StructType().add("h", DataTypes.IntegerType, false), false)
            .add("extra", DataTypes.LongType, true);

    assertThatThrownBy(() -> SchemaCheck.requireMatches("tiny", TINY, actual, Nullability.STRICT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "schema of tiny differs from data-schemas/tiny.json:\n"
                + "  field id is nullable, expected not nullable\n"
                + "  field pixels has type array<double>, expected array<float>\n"
                + "  missing field size.w: int\n"
                + "  unexpected field extra: bigint\n"
                + "  fields are in order [pixels, id, size], expected [id, pixels, size]");
  }

  @Test
  void nullabilityCanBeIgnoredForTablesReadBackFromParquet() {
    StructType readBack = TINY.asNullable();

    assertThat(SchemaCheck.differences(TINY, readBack, Nullability.IGNORE)).isEmpty();
    assertThat(SchemaCheck.differences(TINY, readBack, Nullability.STRICT))
        .containsExactly(
            "field id is nullable, expected not nullable",
            "field size.h is nullable, expected not nullable",
            "field size.w is nullable, expected not nullable",
            "field size is nullable, expected not nullable");
  }
}
