/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real HDFS for a test class: a one-datanode MiniDFSCluster on loopback, started before the
 * class's tests and shut down after them. Register it as a static field with
 * {@code @RegisterExtension}.
 */
public final class LocalHdfs implements BeforeAllCallback, AfterAllCallback {
  private MiniDFSCluster cluster;
  private Path base;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    stop();
  }

  /** Starts the file system; what test engines without Jupiter's extensions (jqwik) call. */
  public void start() throws IOException {
    base = Files.createTempDirectory("minidfs");
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
    conf.set("dfs.namenode.rpc-bind-host", "127.0.0.1");
    conf.set("dfs.datanode.hostname", "127.0.0.1");
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
  }

  /** Shuts the file system down and deletes its storage. */
  public void stop() throws IOException {
    if (cluster != null) {
      cluster.shutdown();
    }
    if (base != null) {
      try (Stream<Path> files = Files.walk(base)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** {@code hdfs://127.0.0.1:PORT}, the file system's root URI. */
  public String root() {
    return "hdfs://127.0.0.1:" + cluster.getNameNodePort();
  }

  /** A client of the file system. */
  public FileSystem fileSystem() throws IOException {
    return cluster.getFileSystem();
  }

  /** Writes {@code bytes} to the absolute HDFS path {@code path}. */
  public void write(String path, byte[] bytes) throws IOException {
    try (OutputStream out = fileSystem().create(new org.apache.hadoop.fs.Path(path))) {
      out.write(bytes);
    }
  }
}
