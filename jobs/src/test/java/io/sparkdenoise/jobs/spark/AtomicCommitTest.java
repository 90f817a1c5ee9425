/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import static io.sparkdenoise.jobs.spark.DataFrameAssertions.assertDataFrameEquals;
import static io.sparkdenoise.jobs.spark.TestTables.provenance;
import static io.sparkdenoise.jobs.spark.TestTables.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class AtomicCommitTest {
  @TempDir Path dir;
  private SparkSession spark;
  private String table;

  @BeforeEach
  void setUp() {
    spark = SharedSpark.session();
    table = dir.resolve("images").toUri().toString();
  }

  @Test
  void publishesANewTableWithSuccessMarkerAndProvenance() throws IOException {
    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 0, 4, "new"), provenance("ingest"));

    assertThat(read(table).count()).isEqualTo(4);
    assertThat(dir.resolve("images/_SUCCESS")).exists();
    assertThat(ProvenanceFiles.read(spark, table)).isEqualTo(provenance("ingest"));
    assertThat(listNames(dir)).containsExactly("images");
  }

  @Test
  void replacingATableLeavesOnlyTheNewRows() throws IOException {
    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 0, 4, "old"), provenance("ingest"));
    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 10, 3, "new"), provenance("ingest"));

    assertDataFrameEquals(rows(spark, 10, 3, "new").orderBy("id"), read(table).orderBy("id"));
    assertThat(listNames(dir)).containsExactly("images");
  }

  @Test
  void aCrashAfterStagingLeavesTheTargetIntactAndTheNextCommitCleansUp() throws IOException {
    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 0, 4, "old"), provenance("ingest"));
    AtomicCommit crashed = AtomicCommit.table(spark, table, "ingest");
    crashed.stage(stagingDir("ingest"), parquet(rows(spark, 10, 3, "new")), provenance("ingest"));

    assertThat(listNames(dir)).hasSize(2).contains("images");
    assertThat(read(table).filter("label = 'old'").count()).isEqualTo(4);
    assertThat(read(table).count()).isEqualTo(4);

    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 20, 2, "next"), provenance("ingest"));
    assertThat(listNames(dir)).containsExactly("images");
    assertThat(read(table).count()).isEqualTo(2);
  }

  @Test
  void aCrashBetweenTheRenamesIsRolledForwardByRecover() throws IOException {
    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 0, 4, "old"), provenance("ingest"));
    AtomicCommit crashed = AtomicCommit.table(spark, table, "ingest");
    org.apache.hadoop.fs.Path staging = stagingDir("ingest");
    crashed.stage(staging, parquet(rows(spark, 10, 3, "new")), provenance("ingest"));
    crashed.moveOldAside(staging);
    assertThat(dir.resolve("images")).doesNotExist();

    AtomicCommit.table(spark, table, "ingest").recover();

    assertThat(read(table).filter("label = 'new'").count()).isEqualTo(3);
    assertThat(read(table).count()).isEqualTo(3);
    assertThat(listNames(dir)).containsExactly("images");
  }

  @Test
  void aFailingWriterLeavesTheOldTableAndNoStaging() throws IOException {
    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 0, 4, "old"), provenance("ingest"));
    AtomicCommit.StagedWriter failing =
        staging -> {
          rows(spark, 10, 3, "new").write().parquet(staging);
          throw new IOException("disk full");
        };

    assertThatThrownBy(
            () -> AtomicCommit.table(spark, table, "ingest").write(failing, provenance("ingest")))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(read(table).count()).isEqualTo(4);
    assertThat(listNames(dir)).containsExactly("images");
  }

  @Test
  void staleStagingOfAnotherTargetOfTheSameJobIsLeftForThatTarget() throws IOException {
    String rejects = dir.resolve("rejects").toUri().toString();
    AtomicCommit.table(spark, rejects, "ingest")
        .stage(stagingDir("ingest"), parquet(rows(spark, 0, 1, "r")), provenance("ingest"));

    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 0, 2, "new"), provenance("ingest"));
    assertThat(listNames(dir)).hasSize(2).contains("images");

    AtomicCommit.table(spark, rejects, "ingest").recover();
    assertThat(listNames(dir)).containsExactly("images");
  }

  @Test
  void rerunningAPartitionReplacesItWithoutDuplicatesAndKeepsTheOthers() throws IOException {
    String scores = dir.resolve("scores").toUri().toString();
    AtomicCommit.partition(spark, scores, "run_id", "a", "score")
        .writeParquet(rows(spark, 0, 3, "a1"), provenance("score"));
    AtomicCommit.partition(spark, scores, "run_id", "b", "score")
        .writeParquet(rows(spark, 0, 2, "b1"), provenance("score"));
    AtomicCommit.partition(spark, scores, "run_id", "a", "score")
        .writeParquet(rows(spark, 0, 3, "a2"), provenance("score"));

    Dataset<Row> table = read(scores);
    assertThat(table.count()).isEqualTo(5);
    assertThat(table.filter("run_id = 'a'").filter("label = 'a2'").count()).isEqualTo(3);
    assertThat(table.filter("run_id = 'b'").count()).isEqualTo(2);
    assertThat(listNames(dir.resolve("scores"))).containsExactly("run_id=a", "run_id=b");
    assertThat(ProvenanceFiles.read(spark, scores + "/run_id=a")).isEqualTo(provenance("score"));
  }

  @Test
  void aCrashedPartitionCommitIsInvisibleToReadersOfTheTable() throws IOException {
    String scores = dir.resolve("scores").toUri().toString();
    AtomicCommit.partition(spark, scores, "run_id", "a", "score")
        .writeParquet(rows(spark, 0, 3, "a1"), provenance("score"));
    AtomicCommit crashed = AtomicCommit.partition(spark, scores, "run_id", "a", "score");
    crashed.stage(
        new org.apache.hadoop.fs.Path(
            crashed.target().getParent(), "_staging-score-" + UUID.randomUUID()),
        parquet(rows(spark, 0, 3, "a2")),
        provenance("score"));

    assertThat(read(scores).count()).isEqualTo(3);
    assertThat(read(scores).filter("label = 'a1'").count()).isEqualTo(3);
  }

  @Test
  void partitionRowsMustNotHoldThePartitionColumn() throws IOException {
    AtomicCommit commit = AtomicCommit.partition(spark, table, "id", "1", "score");

    assertThatThrownBy(() -> commit.writeParquet(rows(spark, 0, 1, "x"), provenance("score")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rows for id=1 must not hold the partition column 'id': drop it, its value is the"
                + " directory name");
  }

  @Test
  void namesThatCouldEscapeOrHideTheirDirectoryAreRejected() {
    assertThatThrownBy(() -> AtomicCommit.partition(spark, table, "run_id", "../x", "score"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partition value must match [A-Za-z0-9][A-Za-z0-9._-]*, got '../x'");
    assertThatThrownBy(() -> AtomicCommit.partition(spark, table, "Run", "a", "score"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partition column must match [a-z][a-z0-9_]*, got 'Run'");
    assertThatThrownBy(() -> AtomicCommit.table(spark, table, "My Job"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("job name must be lower-case words joined by '-', got 'My Job'");
  }

  private Dataset<Row> read(String uri) {
    return spark.read().parquet(uri);
  }

  private org.apache.hadoop.fs.Path stagingDir(String job) {
    return new org.apache.hadoop.fs.Path(
        dir.toUri().toString(), "_staging-" + job + "-" + UUID.randomUUID());
  }

  private static AtomicCommit.StagedWriter parquet(Dataset<Row> rows) {
    return staging -> rows.write().parquet(staging);
  }

  /** Names in a directory, without Hadoop's checksum files. */
  private static List<String> listNames(Path directory) throws IOException {
    try (Stream<Path> children = Files.list(directory)) {
      return children
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".crc"))
          .sorted()
          .toList();
    }
  }
}
