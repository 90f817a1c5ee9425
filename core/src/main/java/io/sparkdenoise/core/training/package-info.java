/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The pure decisions of a training loop, kept apart from the engines that run it: {@link
 * io.sparkdenoise.core.training.EarlyStopping} (patience on a validation metric), {@link
 * io.sparkdenoise.core.training.CheckpointNames} (which checkpoint to resume from, which to
 * delete), {@link io.sparkdenoise.core.training.Augmentation} (the seeded dihedral transform of an
 * image in an epoch) and {@link io.sparkdenoise.core.training.EpochSeeds} (fresh, reproducible
 * noise per epoch). Plain Java, no DL4J: each is a function of its arguments, tested alone.
 */
package io.sparkdenoise.core.training;
