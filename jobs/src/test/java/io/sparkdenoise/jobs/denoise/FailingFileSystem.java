/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.util.Progressable;

/**
 * The local file system under the scheme {@value #SCHEME}, except that once {@link #BUDGET} output
 * files of the denoise job have been created, the next one dies after a few bytes, like a disk that
 * fills up or an executor that is killed: the job fails midway with a partly written temporary file
 * on disk. Done markers and tables are written normally. A negative budget never fails.
 */
public final class FailingFileSystem extends RawLocalFileSystem {
  static final String SCHEME = "failing";

  /** Output files that may still be created; shared by every instance (one JVM in local mode). */
  static final AtomicInteger BUDGET = new AtomicInteger(-1);

  private static final int BYTES_BEFORE_FAILING = 10;

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FSDataOutputStream create(
      Path f,
      boolean overwrite,
      int bufferSize,
      short replication,
      long blockSize,
      Progressable progress)
      throws IOException {
    FSDataOutputStream real =
        super.create(f, overwrite, bufferSize, replication, blockSize, progress);
    boolean output =
        f.getName().startsWith(OutputFiles.TEMP_PREFIX) && !f.toString().contains("/_state/");
    // once spent, the budget stays at 0: every later output file dies too, as in a killed JVM
    if (!output || BUDGET.get() < 0 || BUDGET.getAndUpdate(b -> Math.max(b - 1, 0)) > 0) {
      return real;
    }
    return new FSDataOutputStream(new Dying(real), null);
  }

  /** Passes a few bytes on, then fails every write. */
  private static final class Dying extends OutputStream {
    private final OutputStream out;
    private int written;

    Dying(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (++written > BYTES_BEFORE_FAILING) {
        throw new IOException("simulated crash while writing an output file");
      }
      out.write(b);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
