/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The oneDNN shim for DL4J 1.0.0-M2.1, kept in a module of its own because it plants a class in
 * ND4J's namespace ({@code org.nd4j.nativeblas.Nd4jCpu}): DL4J looks that class up by name, through
 * the system class loader, before it uses a oneDNN layer helper, and the native jars of that
 * release moved the real one elsewhere, so without the shim every convolution falls back to im2col
 * (about 5 times slower). {@link io.sparkdenoise.onednn.OneDnn} gives the truthful answer.
 *
 * <p>The module's jar must be on the system class path of every JVM that trains or infers (on
 * Spark: the executors' {@code extraClassPath}, not only {@code spark.jars}); core depends on it,
 * so the launcher's library folder and the shaded {@code -bin} jar hold it. A test fails when the
 * DL4J or ND4J version changes: the shim is then to be checked against the new release, or dropped.
 */
package io.sparkdenoise.onednn;
