/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Test helpers shared through the core test-jar: reference images read independently of the codec
 * package, and waits with a deadline that fail there.
 */
package io.sparkdenoise.core.testing;
