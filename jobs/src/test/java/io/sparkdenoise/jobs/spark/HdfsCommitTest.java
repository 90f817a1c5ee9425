/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import static io.sparkdenoise.jobs.spark.TestTables.provenance;
import static io.sparkdenoise.jobs.spark.TestTables.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The atomic commit on a real HDFS: a one-datanode MiniDFSCluster on loopback. */
@ExtendWith(SharedSpark.class)
class HdfsCommitTest {
  @RegisterExtension static final LocalHdfs HDFS = new LocalHdfs();

  @Test
  void publishesAndReplacesAParquetTableOnHdfs() throws IOException {
    SparkSession spark = SharedSpark.session();
    String table = HDFS.root() + "/warehouse/images";

    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 0, 4, "old"), provenance("ingest"));
    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 10, 3, "new"), provenance("ingest"));

    assertThat(spark.read().parquet(table).filter("label = 'new'").count()).isEqualTo(3);
    assertThat(spark.read().parquet(table).count()).isEqualTo(3);
    assertThat(ProvenanceFiles.read(spark, table)).isEqualTo(provenance("ingest"));
    FileSystem fs = HDFS.fileSystem();
    assertThat(fs.listStatus(new org.apache.hadoop.fs.Path("/warehouse"))).hasSize(1);
    assertThat(ProvenanceFiles.describe(spark, table).uri()).isEqualTo(table);
  }
}
