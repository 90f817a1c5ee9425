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
import io.sparkdenoise.jobs.spark.LocalHdfs;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ingest from and to a real HDFS: a one-datanode MiniDFSCluster on loopback. */
@ExtendWith(SharedSpark.class)
class IngestHdfsTest {
  @RegisterExtension static final LocalHdfs HDFS = new LocalHdfs();

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
}
