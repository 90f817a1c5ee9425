/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.jobs.spark.LocalHdfs;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The export directory handed to dl4j-spark names its file system in full: the executors open it
 * with a Hadoop configuration that may not know the driver's default file system (seen on the local
 * standalone cluster: "Incomplete HDFS URI, no host" for {@code hdfs:///...}).
 */
class ExportDirTest {
  @RegisterExtension static final LocalHdfs HDFS = new LocalHdfs();

  private static Configuration withDefaultFs(String uri) {
    Configuration conf = new Configuration(false);
    conf.set("fs.defaultFS", uri);
    return conf;
  }

  @Test
  void anHdfsUriWithoutHostGetsTheDefaultFileSystemsNameNode() {
    String qualified = SparkEngine.qualified("hdfs:///tmp/dl4j-export", withDefaultFs(HDFS.root()));

    assertThat(qualified).isEqualTo(HDFS.root() + "/tmp/dl4j-export");
  }

  @Test
  void aPathWithoutSchemeIsOnTheDefaultFileSystem() {
    assertThat(SparkEngine.qualified("/tmp/dl4j-export", withDefaultFs(HDFS.root())))
        .isEqualTo(HDFS.root() + "/tmp/dl4j-export");
  }

  @Test
  void aFullUriStaysAsItIs() {
    String full = HDFS.root() + "/exports/run-1";

    assertThat(SparkEngine.qualified(full, withDefaultFs("file:///"))).isEqualTo(full);
  }

  @Test
  void aFileSystemHadoopDoesNotKnowIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> SparkEngine.qualified("nosuchfs://x/y", withDefaultFs("file:///")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("train.export-dir names no usable file system, got nosuchfs://x/y");
  }
}
