/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The directory an input's layout is relative to, which outputs and references mirror: a directory
 * input is its own root, a file's root is its parent, and a glob's root is its longest leading part
 * without wildcards ({@code /scans/2026/*}{@code /*.tif} has root {@code /scans/2026}).
 */
public final class InputRoot {
  private InputRoot() {}

  /** The qualified root of {@code input} (a path, glob or URI as the user gave it). */
  public static String of(HadoopConf conf, String input) throws IOException {
    Path path = new Path(input);
    Path root = path;
    while (root.getParent() != null && hasWildcard(root)) {
      root = root.getParent();
    }
    for (Path p = root; p.getParent() != null; p = p.getParent()) {
      if (hasWildcard(p)) {
        root = p.getParent();
      }
    }
    FileSystem fs = conf.fileSystem(root);
    if (!hasWildcard(path) && fs.exists(path) && fs.getFileStatus(path).isFile()) {
      root = path.getParent();
    }
    return fs.makeQualified(root).toString();
  }

  /**
   * The file {@code fileUri} names (a percent-encoded URI, as listings give it) relative to {@code
   * root} (as {@link #of} gives it), e.g. {@code 2026/sp ace.tif}: names as they are on the file
   * system, nothing encoded. Compared by path, so that {@code file:///x} and {@code file:/x} are
   * the same place.
   *
   * @throws IllegalArgumentException when the file is not below the root
   */
  public static String relative(String root, String fileUri) {
    String rootPath = new Path(root).toUri().getPath();
    String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    String path = URI.create(fileUri).getPath();
    if (!path.startsWith(prefix)) {
      throw new IllegalArgumentException(fileUri + " is not under the input root " + root);
    }
    return path.substring(prefix.length());
  }

  private static boolean hasWildcard(Path p) {
    return p.getName().matches(".*[*?\\[{].*");
  }
}
