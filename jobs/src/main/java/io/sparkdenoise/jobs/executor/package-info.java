/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What several jobs need on their executors, in one place below the jobs: the driver's Hadoop
 * configuration shipped to tasks ({@link io.sparkdenoise.jobs.executor.HadoopConf}), image files
 * listed on any Hadoop file system ({@link io.sparkdenoise.jobs.executor.ImageFileListing}) below
 * their input's root ({@link io.sparkdenoise.jobs.executor.InputRoot}) and named by URIs that hold
 * any file name ({@link io.sparkdenoise.jobs.executor.FileUris}), outputs kept apart from the trees
 * a job reads ({@link io.sparkdenoise.jobs.executor.SeparateTrees}), a model directory's zip read
 * once on the driver and loaded once per executor JVM ({@link
 * io.sparkdenoise.jobs.executor.ModelZip}, {@link io.sparkdenoise.jobs.executor.ExecutorModels}),
 * and the pairs-table row made from an images-table row ({@link
 * io.sparkdenoise.jobs.executor.PairRows}), which the train job uses for its validation pairs, and
 * the Tesseract engine of a task ({@link io.sparkdenoise.jobs.executor.TaskOcr}).
 */
package io.sparkdenoise.jobs.executor;
