/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The one run of {@code deploy/local-cluster/e2e.sh --kill-executor} in the integration-test run,
 * made by the first test that asks for it: its JSON line, and its pairs table and model on HDFS,
 * which the other fault tests reuse instead of preparing their own.
 */
final class E2eRun {
  /** The e2e run's training epochs; the undisturbed comparison run trains as many. */
  static final int EPOCHS = 3;

  /** The e2e run's seed (glyphs, noise, training). */
  static final int SEED = 1;

  /**
   * Training settings of the e2e run (and of the undisturbed run it is compared with): small
   * minibatches and a higher rate, so that a few hundred glyphs in three epochs are enough steps
   * for the model to beat the noisy input clearly.
   */
  static final List<String> TRAIN_CONF =
      List.of("train.batch-size-per-worker=8", "train.learning-rate=0.003");

  static final String WORK = "/it-e2e";
  private static final int IMAGES = 600;
  private static final Duration TIMEOUT = Duration.ofMinutes(20);
  private static E2eRun done;
  private static Exception failure;

  private final JsonNode result;
  private final String stderr;
  private final LocalCluster cluster;

  private E2eRun(LocalCluster cluster, JsonNode result, String stderr) {
    this.cluster = cluster;
    this.result = result;
    this.stderr = stderr;
  }

  /**
   * The run, made on the first call; a failed run fails every later call too, without rerunning.
   */
  static synchronized E2eRun get(LocalCluster cluster) {
    if (failure != null) {
      throw new IllegalStateException("the e2e run failed before", failure);
    }
    if (done == null) {
      try {
        done = run(cluster);
      } catch (IOException | RuntimeException e) {
        failure = e;
        throw new UncheckedIOException(new IOException("e2e.sh failed", e));
      }
    }
    return done;
  }

  private static E2eRun run(LocalCluster cluster) throws IOException {
    Path out = cluster.state().resolve("e2e.sh.out");
    Path err = cluster.state().resolve("e2e.sh.err");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                cluster.root().resolve("deploy/local-cluster/e2e.sh").toString(),
                "--state",
                cluster.state().toString(),
                "--kill-executor",
                "--images",
                Integer.toString(IMAGES),
                "--epochs",
                Integer.toString(EPOCHS),
                "--seed",
                Integer.toString(SEED),
                "--work",
                WORK));
    for (String setting : TRAIN_CONF) {
      command.add("--train-conf");
      command.add(setting);
    }
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    int code = Processes.waitFor(p, TIMEOUT);
    String log = Files.readString(err, StandardCharsets.UTF_8);
    if (code != 0) {
      throw new IOException("e2e.sh exited with " + code + ": " + log);
    }
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    return new E2eRun(cluster, new ObjectMapper().readTree(lines.get(lines.size() - 1)), log);
  }

  /** e2e.sh's one JSON line. */
  JsonNode result() {
    return result;
  }

  /** What e2e.sh itself said on stderr. */
  String stderr() {
    return stderr;
  }

  /** The log (stderr) of one step's driver: ingest, pairs, train, score, psnr. */
  String driverLog(String step) throws IOException {
    return Files.readString(
        cluster.state().resolve("e2e").resolve(step + ".err"), StandardCharsets.UTF_8);
  }

  /** The summary line of one step's driver. */
  JsonNode summary(String step) throws IOException {
    List<String> lines = Files.readAllLines(cluster.state().resolve("e2e").resolve(step + ".out"));
    return new ObjectMapper().readTree(lines.get(lines.size() - 1));
  }

  /** The pairs table, a full HDFS URI. */
  String pairs() {
    return cluster.uri(WORK + "/tables/pairs");
  }

  /** The model directory the killed-executor training committed. */
  String model() {
    return cluster.uri(WORK + "/model");
  }
}
