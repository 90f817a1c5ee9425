/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.testing.Await;
import io.sparkdenoise.jobs.cli.SparkDenoise;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly examples under deploy/nightly/ name real classes and behave as documented. */
class NightlyDeployTest {
  private static final Path NIGHTLY = Path.of("..", "deploy", "nightly");

  @TempDir Path dir;

  @Test
  void theScheduledSparkApplicationRunsTheLaunchersDenoiseCommandOnACronSchedule()
      throws IOException {
    String yaml = Files.readString(NIGHTLY.resolve("scheduled-denoise.yaml"));

    assertThat(yaml).contains("kind: ScheduledSparkApplication", "concurrencyPolicy: Forbid");
    assertThat(yaml).containsPattern("schedule: \"[0-9*/,-]+ [0-9*/,-]+ \\* \\* \\*\"");
    Matcher main =
        Pattern.compile("mainClass: (\\S+)\\n.*\\n *arguments:\\n *- (\\S+)").matcher(yaml);
    assertThat(main.find()).isTrue();
    assertThat(main.group(1)).isEqualTo(SparkDenoise.class.getName());
    assertThat(main.group(2)).isEqualTo("denoise");
    assertThat(yaml).contains("spark-denoise-jobs-bin.jar");
  }

  @Test
  void theCronScriptSubmitsOnceLogsTheSummaryAndSkipsANightWhileLocked() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path fake = bin.resolve("spark-submit");
    Files.writeString(
        fake,
        "#!/usr/bin/env bash\necho \"args: $*\"\n"
            + "echo '{\"pages\":3,\"processed\":3,\"skipped_unchanged\":0}'\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path logs = dir.resolve("logs");
    Path lock = dir.resolve("nightly.lock");
    Map<String, String> env =
        Map.of(
            "SPARK_HOME", dir.toString(),
            "SPARK_DENOISE_LOG_DIR", logs.toString(),
            "SPARK_DENOISE_LOCK", lock.toString());

    assertThat(script(env)).isZero();
    assertThat(Files.readString(logs.resolve("summaries.jsonl"))).contains("\"processed\":3");
    try (Stream<Path> files = Files.list(logs)) {
      String log =
          Files.readString(
              files
                  .filter(p -> p.getFileName().toString().startsWith("denoise-nightly-"))
                  .findFirst()
                  .orElseThrow());
      assertThat(log)
          .contains(
              "--class " + SparkDenoise.class.getName(),
              "spark-denoise-jobs-bin.jar denoise --model",
              "--run-id nightly-");
    }

    // flock(1) locks as the script does (flock(2), not Java's fcntl locks)
    Path ready = dir.resolve("ready");
    Process holder =
        new ProcessBuilder("flock", "-o", lock.toString(), "-c", "touch " + ready + "; sleep 60")
            .start();
    try {
      Await.until("flock to hold the lock", Duration.ofSeconds(60), () -> Files.exists(ready));
      assertThat(script(env)).isEqualTo(75);
      assertThat(Files.readString(logs.resolve("skipped.log"))).contains("skipping this night");
    } finally {
      holder.descendants().forEach(ProcessHandle::destroy);
      holder.destroy();
    }
  }

  private int script(Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                NIGHTLY.resolve("denoise-nightly.sh").toString(),
                "hdfs:///models/m",
                "hdfs:///archive",
                "hdfs:///out"));
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(dir.resolve("script.out").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }
}
