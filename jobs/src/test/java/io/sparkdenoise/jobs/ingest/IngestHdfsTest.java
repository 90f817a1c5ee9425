/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import static io.sparkdenoise.jobs.ingest.IngestRuns.imagesByNameAndPage;
import static io.sparkdenoise.jobs.ingest.IngestRuns.reason;
import static io.sparkdenoise.jobs.ingest.IngestRuns.rejectsByName;
import static io.sparkdenoise.jobs.ingest.IngestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Ingest from and to a real HDFS: a one-datanode MiniDFSCluster on loopback. */
@ExtendWith(SharedSpark.class)
class IngestHdfsTest {
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
    root = "hdfs://127.0.0.1:" + cluster.getNameNodePort();
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void filesOnHdfsBecomeTablesOnHdfs() throws IOException {
    FileSystem fs = cluster.getFileSystem();
    write(fs, "/scans/gray.png", SampleFiles.grayPng());
    write(fs, "/scans/2026/book.tif", SampleFiles.twoPageLzwTiff());
    write(fs, "/scans/truncated.png", SampleFiles.truncatedPng());
    write(fs, "/scans/note.png", SampleFiles.textNamedPng());
    String out = root + "/tables/scans";

    IngestResult result = run(root + "/scans", out);

    Map<String, Row> images = imagesByNameAndPage(out);
    assertThat(images.keySet()).containsExactly("book.tif#0", "book.tif#1", "gray.png#0");
    assertThat(images.get("book.tif#1").<String>getAs("source_uri"))
        .isEqualTo(root + "/scans/2026/book.tif");
    Map<String, Row> rejects = rejectsByName(out);
    assertThat(reason(rejects.get("truncated.png"))).isEqualTo("truncated");
    assertThat(reason(rejects.get("note.png"))).isEqualTo("not_an_image");
    assertThat(result.output()).isEqualTo(out);
    assertThat(result.inputs()).isEqualTo(4);
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/tables/scans/images/_provenance.json")))
        .isTrue();
  }

  private static void write(FileSystem fs, String path, byte[] bytes) throws IOException {
    try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(path))) {
      out.write(bytes);
    }
  }
}
