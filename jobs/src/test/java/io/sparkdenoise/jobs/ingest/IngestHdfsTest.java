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
import io.sparkdenoise.core.ingest.Sha256;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.pairs.PairsConfig;
import io.sparkdenoise.jobs.pairs.PairsJob;
import io.sparkdenoise.jobs.spark.LocalHdfs;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Ingest from and to a real HDFS: a one-datanode MiniDFSCluster on loopback. */
@ExtendWith(SharedSpark.class)
class IngestHdfsTest {
  @RegisterExtension static final LocalHdfs HDFS = new LocalHdfs();

  @TempDir Path dir;

  @Test
  void filesOnHdfsBecomeTablesOnHdfs() throws IOException {
    HDFS.write("/scans/gray.png", SampleFiles.grayPng());
    HDFS.write("/scans/2026/book.tif", SampleFiles.twoPageLzwTiff());
    HDFS.write("/scans/truncated.png", SampleFiles.truncatedPng());
    HDFS.write("/scans/note.png", SampleFiles.textNamedPng());
    String root = HDFS.root();
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
    assertThat(
            HDFS.fileSystem()
                .exists(new org.apache.hadoop.fs.Path("/tables/scans/images/_provenance.json")))
        .isTrue();
  }

  @Test
  void theSameFilesFromALocalFolderAndFromHdfsGetTheSameIdsSplitsAndPairs() throws IOException {
    Map<String, byte[]> corpus =
        Map.of(
            "gray.png", SampleFiles.grayPng(),
            "2026/book.tif", SampleFiles.twoPageLzwTiff(),
            "2026/box 1/deep.png", SampleFiles.png16Bit());
    for (Map.Entry<String, byte[]> file : corpus.entrySet()) {
      HDFS.write("/archive/" + file.getKey(), file.getValue());
      Path local = dir.resolve("copy/" + file.getKey());
      Files.createDirectories(local.getParent());
      Files.write(local, file.getValue());
    }

    String fromHdfs = dir + "/from-hdfs";
    String fromLocal = dir + "/from-local";
    run(HDFS.root() + "/archive", fromHdfs);
    run(dir + "/copy", fromLocal);

    Map<String, String> hdfsSplits = splitsById(fromHdfs);
    assertThat(hdfsSplits).hasSize(4).isEqualTo(splitsById(fromLocal));
    assertThat(noisyById(fromHdfs)).isEqualTo(noisyById(fromLocal)).hasSize(4);
  }

  /** Each image's split by its id. */
  private static Map<String, String> splitsById(String output) {
    Map<String, String> splits = new TreeMap<>();
    for (Row row : IngestRuns.table(output, "images").collectAsList()) {
      splits.put(row.getAs("id"), row.getAs("split"));
    }
    return splits;
  }

  /** The SHA-256 of each noisy image, by id, of the pairs made from {@code output}'s images. */
  private static Map<String, String> noisyById(String output) throws IOException {
    PairsConfig config =
        PairsConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    "pairs.images=" + output + "/images",
                    "pairs.output=" + output + "-pairs",
                    "pairs.noise=gaussian:sigma=25",
                    "pairs.seed=7")));
    String pairs = PairsJob.run(SharedSpark.session(), config).output();
    Map<String, String> noisy = new TreeMap<>();
    for (Row row : SharedSpark.session().read().parquet(pairs).collectAsList()) {
      noisy.put(row.getAs("id"), Sha256.hex(row.<byte[]>getAs("noisy_png")));
    }
    return noisy;
  }
}
