/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.fs.Path;

/**
 * File URIs and Hadoop paths for file names of any kind: spaces, {@code #}, {@code %}, {@code :},
 * quotes, angle brackets, back slashes, any Unicode. A URI string (as Spark's file listing and the
 * tables' {@code source_uri} columns hold it) is percent-encoded; Hadoop's {@code new Path(String)}
 * takes its argument as an unencoded path and would encode it a second time, and {@code new
 * Path(parent, child)} parses the child as a path that may start with a scheme ({@code a:b.png}).
 * So URIs become paths here, and paths are joined here, in one way that takes a name literally.
 */
public final class FileUris {
  private FileUris() {}

  /** The path a URI names, {@code %20} read as a space. */
  public static Path path(String uri) {
    return new Path(URI.create(uri));
  }

  /** The URI of {@code path}: a space as {@code %20}, a {@code #} as {@code %23}. */
  public static String uri(Path path) {
    return path.toUri().toString();
  }

  /**
   * {@code dir/relative}, with {@code relative} (names joined by {@code /}) taken literally.
   *
   * @throws IllegalArgumentException when the result is not a valid URI
   */
  public static Path child(Path dir, String relative) {
    URI base = dir.toUri();
    String parent = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
    try {
      return new Path(
          new URI(base.getScheme(), base.getAuthority(), parent + relative, null, null));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot name " + relative + " below " + dir, e);
    }
  }
}
