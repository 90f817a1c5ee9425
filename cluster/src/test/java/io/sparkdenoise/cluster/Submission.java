/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One job submitted to the local cluster as users submit it: {@code $SPARK_HOME/bin/spark-submit
 * --class io.sparkdenoise.jobs.cli.SparkDenoise jobs-bin.jar COMMAND --config
 * deploy/local-cluster/local-cluster.conf ARGS}, client mode, so the driver is a JVM of its own
 * (this process's pid: spark-class execs java). Its stdout and stderr go to files under {@code
 * STATE/it/}.
 */
final class Submission {
  /** The longest a job may take here (a loaded 2-core machine), before the test fails. */
  static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);

  /** The one spark-submit entry point, the launcher: its first argument is the command. */
  static final String LAUNCHER = "io.sparkdenoise.jobs.cli.SparkDenoise";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final Process process;
  private final Path out;
  private final Path err;

  private Submission(String name, Process process, Path out, Path err) {
    this.name = name;
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /**
   * Starts the launcher's {@code command} (e.g. {@code train}) with {@code args}; {@code name}
   * names the app and the log files.
   */
  static Submission start(LocalCluster cluster, String name, String command, String... args)
      throws IOException {
    Path logs = Files.createDirectories(cluster.state().resolve("it"));
    List<String> submit = new ArrayList<>();
    submit.add(cluster.state().resolve("spark-home/bin/spark-submit").toString());
    submit.addAll(List.of("--name", name, "--class", LAUNCHER, jobsJar(cluster).toString()));
    submit.add(command);
    submit.add("--config");
    submit.add(cluster.root().resolve("deploy/local-cluster/local-cluster.conf").toString());
    submit.addAll(List.of(args));
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    Process p =
        new ProcessBuilder(submit).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new Submission(name, p, out, err);
  }

  /** Runs the launcher's {@code command} to the end, failing unless it exits 0; its summary. */
  static JsonNode run(LocalCluster cluster, String name, String command, String... args)
      throws IOException {
    Submission s = start(cluster, name, command, args);
    int code = s.waitFor();
    if (code != 0) {
      throw new IOException(name + " exited with " + code + ", stderr: " + s.errTail());
    }
    return s.summary();
  }

  static Path jobsJar(LocalCluster cluster) throws IOException {
    Pattern bin = Pattern.compile("spark-denoise-jobs-.+-bin\\.jar");
    try (var files = Files.list(cluster.root().resolve("jobs/target"))) {
      return files
          .filter(f -> bin.matcher(f.getFileName().toString()).matches())
          .findFirst()
          .orElseThrow(() -> new IOException("no jobs -bin jar: package the jobs module first"));
    }
  }

  /** The driver JVM. */
  ProcessHandle driver() {
    return process.toHandle();
  }

  /** Whether the driver still runs. */
  boolean isAlive() {
    return process.isAlive();
  }

  Process process() {
    return process;
  }

  /** Waits for the driver to exit, at most {@link #JOB_TIMEOUT}; its exit code. */
  int waitFor() throws IOException {
    return Processes.waitFor(process, JOB_TIMEOUT);
  }

  /** The driver's stderr so far (its log). */
  String log() {
    try {
      return Files.readString(err, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private String errTail() {
    String log = log();
    return log.substring(Math.max(0, log.length() - 4000));
  }

  /** The job's JSON summary: the last stdout line. */
  JsonNode summary() throws IOException {
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(name + " printed no summary, stderr: " + errTail());
    }
    return JSON.readTree(lines.get(lines.size() - 1));
  }
}
