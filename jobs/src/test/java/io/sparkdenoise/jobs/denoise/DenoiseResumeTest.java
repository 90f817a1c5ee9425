/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.testing.Await;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A run that dies midway is resumed by the next run without redoing what it finished. */
@ExtendWith(SharedSpark.class)
class DenoiseResumeTest {
  private static final int FILES = 5;

  @TempDir Path base;

  @AfterEach
  void stopFailing() {
    FailingFileSystem.BUDGET.set(-1);
  }

  @Test
  void aRunKilledAfterTwoFilesIsResumedWithoutRedoingThemOrLeavingPartialFiles() throws Exception {
    SharedSpark.session()
        .sparkContext()
        .hadoopConfiguration()
        .set("fs." + FailingFileSystem.SCHEME + ".impl", FailingFileSystem.class.getName());
    String model = DenoiseRuns.model();
    Path archive = Files.createDirectories(base.resolve("archive"));
    for (int i = 0; i < FILES; i++) {
      Files.write(
          archive.resolve("scan-" + i + ".png"),
          ImageCodec.encode(DenoiseRuns.noisyPage(20 + i), EncodeOptions.png()));
    }
    Path out = base.resolve("out");
    String output = FailingFileSystem.SCHEME + "://" + out;
    FailingFileSystem.BUDGET.set(2);

    assertThatThrownBy(
            () -> DenoiseRuns.run(model, archive.toString(), output, "denoise.run-id=killed"))
        .hasStackTraceContaining("simulated crash while writing an output file");
    awaitNoRunningTasks();

    List<Path> finished = markers(out);
    assertThat(finished.size()).isBetween(2, FILES - 1);
    assertThat(out.resolve("pages")).doesNotExist();
    Map<String, FileTime> written = new HashMap<>();
    for (Path file : visibleFiles(out.resolve("files"))) {
      // a file under its final name is complete: it decodes
      assertThat(ImageCodec.decode(Files.readAllBytes(file), "out")).hasSize(1);
      written.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
    }
    assertThat(written).hasSize(finished.size());
    FailingFileSystem.BUDGET.set(-1);

    DenoiseResult resumed =
        DenoiseRuns.run(model, archive.toString(), output, "denoise.run-id=resumed");

    assertThat(resumed.skippedUnchanged()).isEqualTo(finished.size());
    assertThat(resumed.processed()).isEqualTo(FILES - finished.size());
    assertThat(visibleFiles(out.resolve("files"))).hasSize(FILES);
    for (Map.Entry<String, FileTime> before : written.entrySet()) {
      assertThat(Files.getLastModifiedTime(out.resolve("files").resolve(before.getKey())))
          .isEqualTo(before.getValue());
    }
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(OutputFiles.TEMP_PREFIX));
    }
    Map<String, Long> byRun = new HashMap<>();
    DenoiseRuns.pages(out.toString())
        .values()
        .forEach(r -> byRun.merge(r.<String>getAs("run_id"), 1L, Long::sum));
    assertThat(byRun)
        .containsEntry("killed", (long) finished.size())
        .containsEntry("resumed", (long) (FILES - finished.size()));
    assertThat(markers(out)).isEmpty();
    assertThat(SharedSpark.session().read().parquet(out + "/manifest").count()).isEqualTo(FILES);
  }

  /** The failed job's other tasks run on until they notice; what they leave is the crash state. */
  private static void awaitNoRunningTasks() throws InterruptedException {
    Await.until(
        "the failed job's tasks to end",
        Duration.ofSeconds(60),
        () ->
            Arrays.stream(SharedSpark.session().sparkContext().statusTracker().getExecutorInfos())
                .allMatch(e -> e.numRunningTasks() == 0));
  }

  private static List<Path> markers(Path out) throws IOException {
    Path dir = out.resolve("_state/done");
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }
  }

  private static List<Path> visibleFiles(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .toList();
    }
  }
}
