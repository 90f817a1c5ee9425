/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.spark.TableSchemas;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Runs of the ingest job on the shared session, and what they wrote. */
final class IngestRuns {
  private IngestRuns() {}

  /** A config over reference.conf with {@code input}, {@code output} and more overrides. */
  static IngestConfig config(String input, String output, String... overrides) {
    List<String> all = new ArrayList<>(List.of("ingest.input=" + input, "ingest.output=" + output));
    all.addAll(List.of(overrides));
    return IngestConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  /** Runs the job into {@code output}. */
  static IngestResult run(String input, String output, String... overrides) throws IOException {
    return IngestJob.run(SharedSpark.session(), config(input, output, overrides));
  }

  /** A written table, after checking its schema equals its data-schemas file. */
  static Dataset<Row> table(String output, String table) {
    Dataset<Row> rows = SharedSpark.session().read().parquet(output + "/" + table);
    SchemaCheck.requireMatches(
        table, TableSchemas.load(table), rows.schema(), SchemaCheck.Nullability.IGNORE);
    return rows;
  }

  /** The images rows by file name (the last part of source_uri) and page. */
  static Map<String, Row> imagesByNameAndPage(String output) {
    Map<String, Row> rows = new TreeMap<>();
    for (Row row : table(output, "images").collectAsList()) {
      rows.put(name(row.getAs("source_uri")) + "#" + row.getAs("page"), row);
    }
    return rows;
  }

  /** The rejects rows by file name. */
  static Map<String, Row> rejectsByName(String output) {
    Map<String, Row> rows = new TreeMap<>();
    for (Row row : table(output, "rejects").collectAsList()) {
      rows.put(name(row.getAs("source_uri")), row);
    }
    return rows;
  }

  private static String name(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  /** Reason and message of a reject row, for assertions. */
  static String reason(Row reject) {
    assertThat(reject.<String>getAs("message")).isNotBlank().doesNotContain("\n");
    return reject.getAs("reason");
  }
}
