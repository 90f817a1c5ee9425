/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import io.sparkdenoise.jobs.config.RefusedSettingException;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Keeps a job's output apart from the trees it reads: an output that is one of its inputs, or lies
 * inside one, would be read back by the next run (a denoised archive denoised again below itself,
 * an ingest's own part files ingested as rejects), and an input inside the output would be replaced
 * by the job's commit. Paths are compared qualified (scheme, authority and absolute path, as the
 * session's file systems make them, {@code ..} and trailing slashes gone); a glob is compared by
 * its root ({@link InputRoot}), a plain path, file or directory, by itself. Stateless.
 */
public final class SeparateTrees {
  private SeparateTrees() {}

  /**
   * Refuses {@code output} if it is, contains or lies inside any of {@code inputs}.
   *
   * @param outputKey the setting of the output, named in the message
   * @param inputs each input's path, glob or URI by its setting
   * @throws RefusedSettingException naming both settings and both qualified paths
   */
  public static void require(
      SparkSession spark, String outputKey, String output, Map<String, String> inputs)
      throws IOException {
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    Path out = qualified(conf, new Path(output));
    for (Map.Entry<String, String> input : new TreeMap<>(inputs).entrySet()) {
      for (Path tree : InputRoot.trees(input.getValue())) {
        refuseOverlap(outputKey, out, input.getKey(), qualified(conf, tree));
      }
    }
  }

  private static void refuseOverlap(String outputKey, Path output, String inputKey, Path input) {
    String why;
    if (output.equals(input)) {
      why = outputKey + " and " + inputKey + " are the same directory, " + output;
    } else if (contains(input.toUri(), output.toUri())) {
      why = outputKey + " " + output + " is inside " + inputKey + " " + input;
    } else if (contains(output.toUri(), input.toUri())) {
      why = inputKey + " " + input + " is inside " + outputKey + " " + output;
    } else {
      return;
    }
    throw new RefusedSettingException(
        why
            + ": the output must lie outside what the job reads, or the next run would read it"
            + " back; choose another "
            + outputKey);
  }

  /** Whether {@code ancestor} is a directory above {@code path} on the same file system. */
  private static boolean contains(URI ancestor, URI path) {
    if (!Objects.equals(ancestor.getScheme(), path.getScheme())
        || !Objects.equals(ancestor.getAuthority(), path.getAuthority())) {
      return false;
    }
    String above = ancestor.getPath().endsWith("/") ? ancestor.getPath() : ancestor.getPath() + "/";
    return path.getPath().startsWith(above);
  }

  private static Path qualified(HadoopConf conf, Path path) throws IOException {
    return conf.fileSystem(path).makeQualified(path);
  }
}
