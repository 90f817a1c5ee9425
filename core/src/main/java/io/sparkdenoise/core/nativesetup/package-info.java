/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Start-up of the ND4J native backend: checks the CPU can run the bundled build and switches on
 * DL4J's oneDNN layer helpers, once, before any network is built. Every training and inference path
 * calls {@link io.sparkdenoise.core.nativesetup.NativeSetup#ensureReady()} first.
 */
package io.sparkdenoise.core.nativesetup;
