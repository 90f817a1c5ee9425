/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unbase64;

import io.sparkdenoise.core.ingest.Rejection;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The driver's side of the incremental state under an output directory: the manifest table (one row
 * per finished input), the done markers of runs whose commit has not happened yet, and the commit
 * that folds those markers into the pages partitions and the manifest.
 *
 * <p>Commit order: each run's pages partition ({@link AtomicCommit#partition}, the rows of its
 * markers together with any rows the partition already holds, one row per source and page), then
 * the manifest ({@link AtomicCommit#table}), then the markers are deleted. Killed anywhere in
 * between, the next run commits the same markers again: the pages partitions come out the same, and
 * a marker already in the manifest only replaces its own row.
 */
final class StateCommit {
  private final SparkSession spark;
  private final FileSystem fs;
  private final Layout layout;

  StateCommit(SparkSession spark, FileSystem fs, Layout layout) {
    this.spark = spark;
    this.fs = fs;
    this.layout = layout;
  }

  /**
   * Where a run writes, under the qualified output directory.
   *
   * @param files mirrored output files
   * @param pages the pages table
   * @param manifest the manifest table
   * @param rejects the rejects table, partitioned by run
   * @param state the done markers
   */
  record Layout(String files, String pages, String manifest, String rejects, String state) {
    static Layout under(String output) {
      return new Layout(
          output + "/files",
          output + "/pages",
          output + "/manifest",
          output + "/rejects",
          output + "/_state/done");
    }
  }

  /** Every finished input by source URI: the manifest's rows, overridden by pending markers. */
  Map<String, Markers.Done> done() throws IOException {
    Map<String, Markers.Done> done = new HashMap<>();
    if (fs.exists(new Path(layout.manifest(), AtomicCommit.SUCCESS_FILE))) {
      for (Row r :
          spark
              .read()
              .parquet(layout.manifest())
              .select("source_uri", "fingerprint", "model_id", "pages")
              .collectAsList()) {
        done.put(r.getString(0), new Markers.Done(r.getString(1), r.getString(2), r.getInt(3)));
      }
    }
    List<String> markers = markerFiles();
    if (!markers.isEmpty()) {
      for (Row r :
          markers(markers)
              .select("source_uri", Markers.FINGERPRINT, "model_id", Markers.PAGE_COUNT)
              .distinct()
              .collectAsList()) {
        done.put(r.getString(0), new Markers.Done(r.getString(1), r.getString(2), r.getInt(3)));
      }
    }
    return done;
  }

  /** Commits the pending markers (of this run and of killed ones) and this run's rejects. */
  void commit(String runId, List<Rejection> rejections, Provenance provenance) throws IOException {
    List<String> markers = markerFiles();
    if (!markers.isEmpty()) {
      Map<String, List<String>> byRun = new TreeMap<>();
      for (String marker : markers) {
        byRun
            .computeIfAbsent(Markers.runOf(new Path(marker).getName()), r -> new ArrayList<>())
            .add(marker);
      }
      for (Map.Entry<String, List<String>> run : byRun.entrySet()) {
        commitPages(markers(run.getValue()), run.getKey(), provenance);
      }
      commitManifest(markers(markers), provenance);
      for (String marker : markers) {
        fs.delete(new Path(marker), false);
      }
    }
    commitRejects(runId, rejections, provenance);
  }

  private void commitPages(Dataset<Row> marked, String run, Provenance provenance)
      throws IOException {
    StructType schema = Table.PAGES.fileSchema();
    Column[] columns =
        Arrays.stream(schema.fieldNames())
            .map(
                name ->
                    name.equals(DenoiseJob.PNG_COLUMN)
                        ? unbase64(col(name)).as(name)
                        : col(name).cast(schema.apply(name).dataType()).as(name))
            .toArray(Column[]::new);
    Dataset<Row> rows = marked.select(columns);
    Path partition = new Path(Table.PAGES.partition(layout.pages(), run));
    if (fs.exists(new Path(partition, AtomicCommit.SUCCESS_FILE))) {
      rows = rows.unionByName(spark.read().schema(schema).parquet(partition.toString()));
    }
    rows = rows.dropDuplicates("source_uri", "page");
    SchemaCheck.requireMatches(
        Table.PAGES.tableName(), schema, rows.schema(), SchemaCheck.Nullability.IGNORE);
    AtomicCommit.partition(spark, layout.pages(), Table.RUN_ID, run, DenoiseJob.NAME)
        .writeParquet(rows, provenance);
  }

  private void commitManifest(Dataset<Row> pending, Provenance provenance) throws IOException {
    StructType schema = Table.MANIFEST.schema();
    Dataset<Row> fresh =
        pending
            .select(
                col("source_uri"),
                col(Markers.FINGERPRINT).as("fingerprint"),
                col("model_id"),
                col("source_sha256"),
                col(Markers.SOURCE_BYTES).as("source_bytes"),
                col(Markers.PAGE_COUNT).as("pages"),
                col("output_uri"),
                col(Table.RUN_ID))
            .dropDuplicates("source_uri");
    Dataset<Row> merged = fresh;
    if (fs.exists(new Path(layout.manifest(), AtomicCommit.SUCCESS_FILE))) {
      Dataset<Row> old = spark.read().schema(schema).parquet(layout.manifest());
      merged =
          old.join(
                  fresh.select("source_uri"),
                  old.col("source_uri").equalTo(fresh.col("source_uri")),
                  "left_anti")
              .unionByName(fresh);
    }
    SchemaCheck.requireMatches(
        Table.MANIFEST.tableName(), schema, merged.schema(), SchemaCheck.Nullability.IGNORE);
    AtomicCommit.table(spark, layout.manifest(), DenoiseJob.NAME).writeParquet(merged, provenance);
  }

  private void commitRejects(String runId, List<Rejection> rejections, Provenance provenance)
      throws IOException {
    StructType schema = Table.REJECTS.schema();
    List<Row> rows = new ArrayList<>();
    for (Rejection r : rejections) {
      rows.add(
          RowFactory.create(
              r.sourceUri(), r.page(), r.reason(), r.message(), r.sourceBytes(), r.sourceSha256()));
    }
    Dataset<Row> frame = spark.createDataFrame(rows, schema).coalesce(1);
    AtomicCommit.partition(spark, layout.rejects(), Table.RUN_ID, runId, DenoiseJob.NAME)
        .writeParquet(frame, provenance);
  }

  private Dataset<Row> markers(List<String> files) {
    return spark
        .read()
        .schema(Markers.schema(Table.PAGES.schema()))
        .json(files.toArray(String[]::new));
  }

  private List<String> markerFiles() throws IOException {
    Path dir = new Path(layout.state());
    List<String> files = new ArrayList<>();
    if (!fs.exists(dir)) {
      return files;
    }
    for (FileStatus status :
        fs.listStatus(dir, p -> p.getName().endsWith(".json") && !p.getName().startsWith("."))) {
      files.add(status.getPath().toString());
    }
    return files;
  }
}
