/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.Stopwatch;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.executor.HadoopConf;
import io.sparkdenoise.jobs.executor.SeparateTrees;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.ObjectStores;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Ingests images into {@code <output>/images} and {@code <output>/rejects}.
 *
 * <p>Every input is decoded once, on the executors, into one tagged dataset ({@link TaggedRows}),
 * which is persisted and then written twice, filtered: image rows to {@code images}, the rest to
 * {@code rejects}. Each table is published with {@link AtomicCommit} and its provenance (the
 * inputs, the resolved config, {@value IngestConfig#SCHEMA_VERSION}); the two tables are published
 * one after the other, {@code images} first. Nothing an input holds fails the job: decode failures
 * and I/O errors are reject rows.
 */
public final class IngestJob {
  /** The job's name in provenance and staging directories. */
  public static final String NAME = "ingest";

  private IngestJob() {}

  /** Ingests {@code config.input()} and publishes both tables. */
  public static IngestResult run(SparkSession spark, IngestConfig config) throws IOException {
    Stopwatch watch = Stopwatch.start();
    ObjectStores.checkTarget(spark, config.output());
    SeparateTrees.require(
        spark, IngestConfig.OUTPUT, config.output(), Map.of(IngestConfig.INPUT, config.input()));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    Path outputDir = new Path(config.output());
    if (!config.overwrite()) {
      OwnOutput.require(conf.fileSystem(outputDir), outputDir);
    }
    InputFormat format =
        config.format() == InputFormat.AUTO
            ? FormatDetector.detect(conf, config.input())
            : config.format();
    List<InputFile> inputs = new ArrayList<>();
    JavaRDD<Row> tagged = decode(spark, jsc, conf, config, format, inputs);
    tagged.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      String output = conf.fileSystem(outputDir).makeQualified(outputDir).toString();
      Provenance provenance =
          Provenance.capture(
              NAME,
              config.resolved(),
              Map.of(),
              inputs,
              Map.of("spark", spark.version()),
              Clock.systemUTC());
      publish(spark, tagged, true, Table.IMAGES, output, provenance);
      publish(spark, tagged, false, Table.REJECTS, output, provenance);
      long[] counts =
          tagged
              .map(IngestJob::counts)
              .fold(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
      double seconds = watch.seconds();
      return new IngestResult(format, counts[0], counts[1], counts[2], seconds, output);
    } finally {
      tagged.unpersist(false);
    }
  }

  private static JavaRDD<Row> decode(
      SparkSession spark,
      JavaSparkContext jsc,
      HadoopConf conf,
      IngestConfig config,
      InputFormat format,
      List<InputFile> inputs)
      throws IOException {
    String input = config.input();
    if (format == InputFormat.IDX || format == InputFormat.CIFAR) {
      RecordChunk.Kind kind =
          format == InputFormat.IDX ? RecordChunk.Kind.IDX : RecordChunk.Kind.CIFAR;
      RecordPlanner.Plan plan = RecordPlanner.plan(jsc, conf, input, kind, config.recordsPerTask());
      inputs.addAll(plan.inputs());
      Broadcast<HadoopConf> shared = jsc.broadcast(conf);
      var ingester = config.ingester();
      JavaRDD<Row> records =
          jsc.parallelize(plan.chunks(), Math.max(1, plan.chunks().size()))
              .flatMap(chunk -> chunk.read(shared.value(), ingester));
      List<Row> planned = plan.rejections().stream().map(TaggedRows::rejected).toList();
      return records.union(jsc.parallelize(planned, 1));
    }
    List<FileStatus> matches = InputFiles.matches(conf, input);
    for (FileStatus match : matches) {
      inputs.add(ProvenanceFiles.describe(spark, match.getPath().toString()));
    }
    if (format == InputFormat.PARQUET) {
      String table = matches.get(0).getPath().toString();
      return ParquetSource.read(spark, table, config.parquet(), config.ingester());
    }
    return FileSource.read(
        spark, input, jsc.broadcast(conf), config.ingester(), config.maxFileBytes());
  }

  private static void publish(
      SparkSession spark,
      JavaRDD<Row> tagged,
      boolean images,
      Table table,
      String output,
      Provenance provenance)
      throws IOException {
    StructType schema = table.schema();
    JavaRDD<Row> rows =
        tagged
            .filter(r -> r.getBoolean(TaggedRows.IS_IMAGE) == images)
            .map(r -> r.getStruct(TaggedRows.PAYLOAD));
    Dataset<Row> frame = spark.createDataFrame(rows, schema);
    SchemaCheck.requireMatches(
        table.tableName(), schema, frame.schema(), SchemaCheck.Nullability.STRICT);
    AtomicCommit.table(spark, output + "/" + table.tableName(), NAME)
        .writeParquet(frame, provenance);
  }

  /** (inputs, image rows, reject rows) of one tagged row. */
  private static long[] counts(Row tagged) {
    boolean image = tagged.getBoolean(TaggedRows.IS_IMAGE);
    return new long[] {tagged.getInt(TaggedRows.INPUTS), image ? 1 : 0, image ? 0 : 1};
  }
}
