/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.nativesetup;

/**
 * The ND4J backend this JVM runs on, as {@link NativeSetup#ensureReady()} found it; for logs and
 * provenance records.
 *
 * @param classifier the native build in use, e.g. {@code linux-x86_64-onednn-avx2}
 * @param oneDnn true when convolutions can take DL4J's oneDNN path (build and run-time switch)
 * @param helpers true when DL4J's layer helpers are allowed ({@value
 *     NativeSetup#HELPERS_DISABLE_PROPERTY} is false)
 */
public record NativeBackend(String classifier, boolean oneDnn, boolean helpers) {
  /** True when convolution layers really run on oneDNN: both the build and the helpers allow it. */
  public boolean fastConvolutions() {
    return oneDnn && helpers;
  }
}
