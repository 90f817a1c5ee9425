/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The directory an input's layout is relative to, which outputs and references mirror: a directory
 * input is its own root, a file's root is its parent, and a glob's root is its longest leading part
 * without wildcards ({@code /scans/2026/*}{@code /*.tif} has root {@code /scans/2026}); a glob
 * whose braces hold whole paths has the deepest directory above all of them (<code>
 * {/a/x,/a/y}/*.png
 * </code> has root {@code /a}), so that no two of its files share a relative path.
 */
public final class InputRoot {
  private InputRoot() {}

  /** The qualified root of {@code input} (a path, glob or URI as the user gave it). */
  public static String of(HadoopConf conf, String input) throws IOException {
    Path common = null;
    for (String pattern : ImageFileListing.patterns(input)) {
      Path root = rootOf(conf, new Path(pattern));
      common = common == null ? root : commonAncestor(common, root);
    }
    return common.toString();
  }

  /**
   * The trees {@code input} reads (as given, unqualified): a path, file or directory, is itself, a
   * glob is its root, and a glob whose braces hold whole paths is each of their roots.
   */
  public static List<Path> trees(String input) throws IOException {
    List<Path> trees = new ArrayList<>();
    for (String pattern : ImageFileListing.patterns(input)) {
      trees.add(wildcardFree(new Path(pattern)));
    }
    return trees;
  }

  private static Path rootOf(HadoopConf conf, Path path) throws IOException {
    Path root = wildcardFree(path);
    FileSystem fs = conf.fileSystem(root);
    if (!hasWildcard(path) && fs.exists(path) && fs.getFileStatus(path).isFile()) {
      root = path.getParent();
    }
    return fs.makeQualified(root);
  }

  /** {@code path} up to its first part with a wildcard: itself when it has none. */
  private static Path wildcardFree(Path path) {
    Path root = path;
    while (root.getParent() != null && hasWildcard(root)) {
      root = root.getParent();
    }
    for (Path p = root; p.getParent() != null; p = p.getParent()) {
      if (hasWildcard(p)) {
        root = p.getParent();
      }
    }
    return root;
  }

  /** The deepest directory above both (qualified) paths; their file system is the first's. */
  private static Path commonAncestor(Path a, Path b) {
    Path common = a;
    while (common.getParent() != null && !isAncestorOrSelf(common, b)) {
      common = common.getParent();
    }
    return common;
  }

  private static boolean isAncestorOrSelf(Path ancestor, Path path) {
    for (Path p = path; p != null; p = p.getParent()) {
      if (p.toUri().getPath().equals(ancestor.toUri().getPath())) {
        return true;
      }
    }
    return false;
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
