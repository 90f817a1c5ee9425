/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Typed job configuration from layered HOCON: {@link io.sparkdenoise.jobs.config.ConfigLayers}
 * merges the layers and {@link io.sparkdenoise.jobs.config.ConfigReader} reads checked values from
 * them, so that each job's immutable config record gets messages naming the key and the bad value.
 * Config objects stay on the driver. A setting a job can only judge once it sees the file systems
 * is refused with a {@link io.sparkdenoise.jobs.config.RefusedSettingException}, a usage error like
 * the others.
 */
package io.sparkdenoise.jobs.config;
