/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code compare} command: a small grid of presets and losses trained on the same pairs with
 * the same seed, one after another, each scored on the test split, and one HTML report comparing
 * them. It composes the train, score and report jobs as the demo does, so it sits beside the
 * launcher.
 */
package io.sparkdenoise.jobs.compare;
