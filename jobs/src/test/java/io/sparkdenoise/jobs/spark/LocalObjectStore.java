/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local file system under the scheme {@code s3a}: for tests of what {@link AtomicCommit} does
 * on an object store, without one. Its renames are the local file system's, so a test simulates an
 * interrupted copy by stopping between the commit's steps.
 */
public final class LocalObjectStore extends RawLocalFileSystem {
  static final String SCHEME = "s3a";

  /** A configuration in which {@code s3a:///PATH} is this file system, never cached. */
  static Configuration configuration() {
    Configuration conf = new Configuration(false);
    conf.set("fs." + SCHEME + ".impl", LocalObjectStore.class.getName());
    conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
    return conf;
  }

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }
}
