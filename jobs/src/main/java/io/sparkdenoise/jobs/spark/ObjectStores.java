/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Whether outputs may be committed to an object store ({@code s3a://}, {@code gs://}, {@code
 * wasb://}, ...), where a directory rename is a copy and delete of every file and so not atomic
 * ({@link AtomicCommit}). Set by the Spark property {@value #MODE}: {@value #REFUSE}, the default,
 * refuses such an output in one line before the job does any work; {@value #RENAME} commits there
 * by rename anyway, accepting that readers may see a partly copied output and that an interrupted
 * commit waits for a human.
 */
public final class ObjectStores {
  /** Spark property: {@value #REFUSE} (default) or {@value #RENAME}. */
  public static final String MODE = "spark.sparkdenoise.commit.objectStores";

  /** {@value #MODE}: refuse to commit to an object store. */
  public static final String REFUSE = "refuse";

  /** {@value #MODE}: commit to object stores by (non-atomic) rename. */
  public static final String RENAME = "rename";

  /** File system schemes whose directory rename is a copy: object stores. */
  public static final Set<String> SCHEMES =
      Set.of("s3a", "s3", "s3n", "gs", "wasb", "wasbs", "oss", "cosn");

  private ObjectStores() {}

  /**
   * Refuses, in one line, an output this session could not commit: one on an object store unless
   * {@value #MODE} = {@value #RENAME}. Jobs call it for their outputs before any work; every commit
   * checks again.
   *
   * @throws IOException naming the output, why, and what to do
   */
  public static void checkTarget(SparkSession spark, String uri) throws IOException {
    allows(new Path(uri), mode(spark));
  }

  /** The session's {@value #MODE}. */
  static String mode(SparkSession spark) {
    return spark.conf().get(MODE, REFUSE);
  }

  /**
   * Whether {@code target} is on an object store that {@code mode} lets commits use.
   *
   * @throws IOException when {@code mode} refuses it, or is neither {@value #REFUSE} nor {@value
   *     #RENAME}
   */
  static boolean allows(Path target, String mode) throws IOException {
    if (!REFUSE.equals(mode) && !RENAME.equals(mode)) {
      throw new IOException(MODE + " must be " + REFUSE + " or " + RENAME + ", got '" + mode + "'");
    }
    String scheme = target.toUri().getScheme();
    if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (REFUSE.equals(mode)) {
      throw new IOException(
          "cannot commit "
              + target
              + ": "
              + scheme
              + ":// renames a directory by copying it, so readers could see a partial output"
              + " and an interrupted commit could leave none; write it to HDFS (or another file"
              + " system with atomic rename), or set "
              + MODE
              + "="
              + RENAME
              + " to accept that (docs/deploy.md, \"Object stores\")");
    }
    return true;
  }
}
