/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The driver's Hadoop configuration, shipped to executors (by broadcast) so that they open input
 * files with the same file systems and credentials (hdfs:, s3a: settings) as the driver.
 */
public final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient Configuration conf;

  /** A copy of {@code conf}. */
  public HadoopConf(Configuration conf) {
    this.conf = new Configuration(conf);
  }

  /** The file system of {@code path}. */
  public FileSystem fileSystem(Path path) throws IOException {
    return path.getFileSystem(conf);
  }

  /**
   * The file system of {@code path} for the user's own files (the pages of an archive, read or
   * mirrored one by one): without the client-side checksums that Hadoop's local file system keeps
   * in a hidden {@code .<name>.crc} beside every file it writes, and looks for beside every file it
   * reads (which fails for a name holding {@code :}). HDFS keeps its checksums itself, out of
   * sight, and is returned as it is.
   */
  public FileSystem files(Path path) throws IOException {
    FileSystem fs = fileSystem(path);
    return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    conf.write(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    conf = new Configuration(false);
    conf.readFields(in);
  }
}
