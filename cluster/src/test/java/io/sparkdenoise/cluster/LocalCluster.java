/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one local cluster of the integration-test run, started by {@code
 * deploy/local-cluster/start.sh} (2 Workers x 1 core) in the state directory the build names
 * (system property {@code cluster.state}) before the first class that uses it, and stopped by
 * {@code stop.sh} when the run ends. Test classes use {@code @ExtendWith(LocalCluster.class)} and
 * {@link #get()}.
 */
public final class LocalCluster implements BeforeAllCallback {
  private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(5);
  private static LocalCluster running;

  private final Path root;
  private final Path state;
  private final String master;
  private final String hdfs;

  private LocalCluster(Path root, Path state) throws IOException {
    this.root = root;
    this.state = state;
    this.master = Files.readString(state.resolve("master.url"), StandardCharsets.UTF_8).strip();
    this.hdfs = Files.readString(state.resolve("hdfs.uri"), StandardCharsets.UTF_8).strip();
  }

  /** For the extension mechanism only; use {@link #get()}. */
  public LocalCluster() {
    this.root = null;
    this.state = null;
    this.master = null;
    this.hdfs = null;
  }

  /** The running cluster; only valid in classes extended with this fixture. */
  public static synchronized LocalCluster get() {
    if (running == null) {
      throw new IllegalStateException(
          "annotate the test class with @ExtendWith(LocalCluster.class)");
    }
    return running;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(LocalCluster.class, key -> start(), Stopper.class);
  }

  private static synchronized Stopper start() {
    Path root = Path.of(System.getProperty("project.root")).toAbsolutePath();
    Path state = Path.of(System.getProperty("cluster.state")).toAbsolutePath();
    try {
      script(root, state, "stop.sh");
      script(root, state, "start.sh", "--workers", "2", "--worker-cores", "1");
      running = new LocalCluster(root, state);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Stopper(root, state);
  }

  /** Runs a script of deploy/local-cluster with {@code --state}; fails unless it exits 0. */
  static void script(Path root, Path state, String name, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("deploy/local-cluster/" + name).toString());
    command.add("--state");
    command.add(state.toString());
    command.addAll(List.of(args));
    Path log = Files.createDirectories(state).resolve(name + ".log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code = Processes.waitFor(p, SCRIPT_TIMEOUT);
    if (code != 0) {
      throw new IOException(
          name + " exited with " + code + ": " + Files.readString(log, StandardCharsets.UTF_8));
    }
  }

  /** The checkout's root. */
  public Path root() {
    return root;
  }

  /** The cluster's state directory. */
  public Path state() {
    return state;
  }

  /** {@code spark://127.0.0.1:PORT}. */
  public String master() {
    return master;
  }

  /** {@code hdfs://127.0.0.1:PORT}, the HDFS root. */
  public String hdfs() {
    return hdfs;
  }

  /** {@code path} (absolute, on HDFS) as a full URI. */
  public String uri(String path) {
    return hdfs + path;
  }

  /** A client of the cluster's HDFS. */
  public FileSystem fileSystem() throws IOException {
    return FileSystem.get(URI.create(hdfs), new Configuration());
  }

  /** The executor JVMs the cluster's Workers run now, by pid. */
  public List<ProcessHandle> executors() {
    String home = state.resolve("spark-home").toString();
    try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
      return all.filter(
              p -> {
                String line = Processes.commandLine(p.pid());
                return line.contains("org.apache.spark.executor.CoarseGrainedExecutorBackend")
                    && line.contains(home);
              })
          .toList();
    }
  }

  /** Stops the cluster at the end of the run. */
  static final class Stopper implements ExtensionContext.Store.CloseableResource {
    private final Path root;
    private final Path state;

    Stopper(Path root, Path state) {
      this.root = root;
      this.state = state;
    }

    @Override
    public void close() throws IOException {
      synchronized (LocalCluster.class) {
        running = null;
        script(root, state, "stop.sh");
      }
    }
  }
}
