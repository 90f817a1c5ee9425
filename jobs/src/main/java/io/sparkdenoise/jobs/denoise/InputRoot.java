/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import io.sparkdenoise.jobs.executor.HadoopConf;
import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The directory an input's layout is relative to, which outputs and references mirror: a directory
 * input is its own root, a file's root is its parent, and a glob's root is its longest leading part
 * without wildcards ({@code /scans/2026/*}{@code /*.tif} has root {@code /scans/2026}).
 */
final class InputRoot {
  private InputRoot() {}

  /** The qualified root of {@code input}. */
  static String of(HadoopConf conf, String input) throws IOException {
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
   * {@code uri} relative to {@code root}, e.g. {@code 2026/book.tif}; compared by path, so that
   * {@code file:///x} and {@code file:/x} are the same place.
   */
  static String relative(String root, String uri) {
    String rootPath = new Path(root).toUri().getPath();
    String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    String path = new Path(uri).toUri().getPath();
    if (!path.startsWith(prefix)) {
      throw new IllegalArgumentException(uri + " is not under the input root " + root);
    }
    return path.substring(prefix.length());
  }

  private static boolean hasWildcard(Path p) {
    return p.getName().matches(".*[*?\\[{].*");
  }
}
