/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real HDFS (one NameNode, one DataNode: a MiniDFSCluster) on 127.0.0.1 for the local cluster,
 * run as its own JVM until it is sent SIGTERM (or SIGINT), which shuts it down cleanly.
 *
 * <p>Usage: {@code HdfsServer BASE_DIR URI_FILE [NAMENODE_PORT]}. The blocks and the NameNode's
 * metadata live under {@code BASE_DIR}; once the cluster is up, its root URI ({@code
 * hdfs://127.0.0.1:PORT}) is written to {@code URI_FILE} atomically, so a script that waits for
 * that file knows the file system is ready. Port 0 (the default) takes an ephemeral port, so
 * several clusters run side by side on one machine. Permissions are off: every local user is the
 * super-user, as on a developer's laptop.
 */
public final class HdfsServer {
  private static final Logger LOG = LoggerFactory.getLogger(HdfsServer.class);
  private static final String LOOPBACK = "127.0.0.1";
  private static final int MIN_ARGS = 2;
  private static final int MAX_ARGS = 3;

  private HdfsServer() {}

  /** Starts the file system, publishes its URI and serves until the JVM is told to stop. */
  @SuppressWarnings("checkstyle:RegexpSinglelineJava")
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < MIN_ARGS || args.length > MAX_ARGS) {
      System.err.println("usage: HdfsServer BASE_DIR URI_FILE [NAMENODE_PORT]");
      System.exit(2);
    }
    int port = args.length == MAX_ARGS ? Integer.parseInt(args[2]) : 0;
    MiniDFSCluster cluster = start(Path.of(args[0]), port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("hdfs: shutting down");
                  cluster.shutdown();
                  stopped.countDown();
                },
                "hdfs-shutdown"));
    String uri = "hdfs://" + LOOPBACK + ":" + cluster.getNameNodePort();
    publish(Path.of(args[1]), uri);
    LOG.info("hdfs: serving {} from {}", uri, args[0]);
    stopped.await();
  }

  /** A one-DataNode cluster with its NameNode on {@code port} (0: ephemeral), all on loopback. */
  static MiniDFSCluster start(Path base, int port) throws IOException {
    Files.createDirectories(base);
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toAbsolutePath().toString());
    conf.set("dfs.namenode.rpc-bind-host", LOOPBACK);
    conf.set("dfs.namenode.http-address", LOOPBACK + ":0");
    conf.set("dfs.datanode.hostname", LOOPBACK);
    conf.set("dfs.datanode.address", LOOPBACK + ":0");
    conf.set("dfs.datanode.http.address", LOOPBACK + ":0");
    conf.set("dfs.datanode.ipc.address", LOOPBACK + ":0");
    conf.setBoolean("dfs.permissions.enabled", false);
    MiniDFSCluster cluster =
        new MiniDFSCluster.Builder(conf).nameNodePort(port).numDataNodes(1).format(true).build();
    cluster.waitActive();
    return cluster;
  }

  private static void publish(Path file, String uri) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, uri + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
