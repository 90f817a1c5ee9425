/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts baked into the build: the git revision the classes were compiled from. The build writes
 * them to {@code git.properties} next to this class; a build outside a git checkout (a source
 * tarball) records the revision as {@value #UNKNOWN}.
 */
public final class BuildInfo {
  /** The revision reported when the build could not ask git. */
  public static final String UNKNOWN = "unknown";

  /** Suffix of the revision when the working tree had uncommitted changes to tracked files. */
  public static final String DIRTY_SUFFIX = "-dirty";

  private static final String RESOURCE = "git.properties";
  private static final String GIT_REVISION = gitRevisionOf(loadProperties());

  private BuildInfo() {}

  /**
   * The full commit id the build was made from, with {@value #DIRTY_SUFFIX} appended when tracked
   * files had uncommitted changes, or {@value #UNKNOWN}.
   */
  public static String gitRevision() {
    return GIT_REVISION;
  }

  /** The revision that {@code git.properties} content describes. */
  static String gitRevisionOf(Properties git) {
    String revision = git.getProperty("git.revision", UNKNOWN).trim();
    if (revision.isEmpty() || revision.equals(UNKNOWN)) {
      return UNKNOWN;
    }
    return Boolean.parseBoolean(git.getProperty("git.dirty")) ? revision + DIRTY_SUFFIX : revision;
  }

  private static Properties loadProperties() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " from the class path", e);
    }
    return properties;
  }
}
