/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.TiffCompression;
import io.sparkdenoise.jobs.spark.LocalHdfs;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Denoise from and to a real HDFS: a one-datanode MiniDFSCluster on loopback. */
@ExtendWith(SharedSpark.class)
class DenoiseHdfsTest {
  @RegisterExtension static final LocalHdfs HDFS = new LocalHdfs();

  @TempDir Path base;

  @Test
  void anArchiveOnHdfsIsDenoisedIntoMirroredFilesAndTablesOnHdfs() throws Exception {
    HDFS.write(
        "/archive/2026/page.png",
        ImageCodec.encode(DenoiseRuns.noisyPage(30), EncodeOptions.png()));
    HDFS.write(
        "/archive/book.tif",
        ImageCodec.encodePages(
            List.of(DenoiseRuns.noisyPage(31), DenoiseRuns.noisyPage(32)),
            EncodeOptions.tiff(TiffCompression.DEFLATE)));
    String root = HDFS.root();

    DenoiseResult result =
        DenoiseRuns.run(DenoiseRuns.model(), root + "/archive", root + "/denoised");

    assertThat(result.processed()).isEqualTo(3);
    assertThat(result.output()).isEqualTo(root + "/denoised");
    FileSystem fs = HDFS.fileSystem();
    try (InputStream in = fs.open(new org.apache.hadoop.fs.Path("/denoised/files/book.tif"))) {
      assertThat(ImageCodec.decode(in.readAllBytes(), "book")).hasSize(2);
    }
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/denoised/files/2026/page.png"))).isTrue();
    assertThat(DenoiseRuns.pages(root + "/denoised")).hasSize(3);
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/denoised/manifest/_provenance.json")))
        .isTrue();
  }
}
