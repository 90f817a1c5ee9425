/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import static io.sparkdenoise.jobs.deploy.ProjectFiles.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.ObjectStores;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.s3a.S3AFileSystem;
import org.apache.hadoop.fs.s3a.commit.S3ACommitterFactory;
import org.apache.hadoop.mapreduce.lib.output.PathOutputCommitterFactory;
import org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter;
import org.apache.spark.internal.io.cloud.PathOutputCommitProtocol;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes profiles commit {@code s3a://} outputs with the S3A magic committer through
 * Spark's committer binding, and what they name is what the images get: the test class path holds
 * the jars the build copies to jobs/target/s3a-jars for deploy/docker/ (hadoop-aws, the AWS SDK
 * bundle it names, spark-hadoop-cloud). There is no S3 here: S3A is started against an endpoint
 * nobody listens on, and nothing goes through it.
 */
@ExtendWith(SharedSpark.class)
class S3aProfileTest {
  private static final List<String> K8S_PROFILES = List.of("k8s.conf", "k8s-gpu.conf");
  private static final String HADOOP = "spark.hadoop.";

  @TempDir Path dir;

  private static SortedMap<String, String> settings(String profile) {
    Path file = ROOT.resolve("conf").resolve(profile);
    return SparkOptions.from(ConfigLayers.load(Optional.of(file), List.of())).settings();
  }

  /** The Hadoop configuration a profile's spark.hadoop.* settings give a Spark session. */
  private static Configuration hadoop(String profile) {
    Configuration conf = new Configuration();
    settings(profile)
        .forEach(
            (key, value) -> {
              if (key.startsWith(HADOOP)) {
                conf.set(key.substring(HADOOP.length()), value);
              }
            });
    return conf;
  }

  @Test
  void theKubernetesProfilesUseTheMagicCommitterThroughSparksBinding() {
    for (String profile : K8S_PROFILES) {
      assertThat(settings(profile))
          .as(profile)
          .containsEntry("spark.hadoop.fs.s3a.committer.name", "magic")
          .containsEntry("spark.hadoop.fs.s3a.committer.magic.enabled", "true")
          .containsEntry(
              "spark.hadoop.mapreduce.outputcommitter.factory.scheme.s3a",
              S3ACommitterFactory.class.getName())
          .containsEntry(
              "spark.sql.sources.commitProtocolClass", PathOutputCommitProtocol.class.getName())
          .containsEntry(
              "spark.sql.parquet.output.committer.class",
              BindingParquetOutputCommitter.class.getName())
          .containsEntry(ObjectStores.MODE, ObjectStores.RENAME);
    }
  }

  @Test
  void s3aStartsWithTheProfilesSettingsAndOffersTheMagicCommitter() throws Exception {
    Configuration conf = hadoop("k8s.conf");
    conf.set("fs.s3a.endpoint", "http://127.0.0.1:9");
    conf.set("fs.s3a.path.style.access", "true");
    conf.set("fs.s3a.access.key", "test-only");
    conf.set("fs.s3a.secret.key", "test-only");
    org.apache.hadoop.fs.Path table = new org.apache.hadoop.fs.Path("s3a://bucket/tables/pairs");

    try (FileSystem fs = FileSystem.newInstance(URI.create("s3a://bucket/"), conf)) {
      assertThat(fs).isInstanceOf(S3AFileSystem.class);
      assertThat(fs.hasPathCapability(table, "fs.s3a.capability.magic.committer")).isTrue();
    }
    assertThat(PathOutputCommitterFactory.getCommitterFactory(table, conf))
        .isInstanceOf(S3ACommitterFactory.class);
  }

  @Test
  void sparkWritesParquetThroughTheProfilesCommitProtocolOnOtherFileSystems() {
    SparkSession spark = SharedSpark.session();
    SortedMap<String, String> k8s = settings("k8s.conf");
    List<String> keys =
        List.of(
            "spark.sql.sources.commitProtocolClass", "spark.sql.parquet.output.committer.class");
    String table = dir.resolve("t").toUri().toString();
    try {
      keys.forEach(key -> spark.conf().set(key, k8s.get(key)));
      spark.range(5).write().parquet(table);
    } finally {
      keys.forEach(key -> spark.conf().unset(key));
    }
    assertThat(spark.read().parquet(table).count()).isEqualTo(5);
    assertThat(dir.resolve("t/_SUCCESS")).exists();
  }
}
