/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import static io.sparkdenoise.jobs.spark.TestTables.provenance;
import static io.sparkdenoise.jobs.spark.TestTables.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The atomic commit on a real HDFS: a one-datanode MiniDFSCluster on loopback. */
@ExtendWith(SharedSpark.class)
class HdfsCommitTest {
  @TempDir static Path base;
  private static MiniDFSCluster cluster;
  private static String root;

  @BeforeAll
  static void startHdfs() throws IOException {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
    conf.set("dfs.namenode.rpc-bind-host", "127.0.0.1");
    conf.set("dfs.datanode.hostname", "127.0.0.1");
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
    root = "hdfs://127.0.0.1:" + cluster.getNameNodePort() + "/warehouse";
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void publishesAndReplacesAParquetTableOnHdfs() throws IOException {
    SparkSession spark = SharedSpark.session();
    String table = root + "/images";

    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 0, 4, "old"), provenance("ingest"));
    AtomicCommit.table(spark, table, "ingest")
        .writeParquet(rows(spark, 10, 3, "new"), provenance("ingest"));

    assertThat(spark.read().parquet(table).filter("label = 'new'").count()).isEqualTo(3);
    assertThat(spark.read().parquet(table).count()).isEqualTo(3);
    assertThat(ProvenanceFiles.read(spark, table)).isEqualTo(provenance("ingest"));
    FileSystem fs = cluster.getFileSystem();
    assertThat(fs.listStatus(new org.apache.hadoop.fs.Path("/warehouse"))).hasSize(1);
    assertThat(ProvenanceFiles.describe(spark, table).uri()).isEqualTo(table);
  }
}
