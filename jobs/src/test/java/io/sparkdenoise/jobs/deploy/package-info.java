/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Tests that keep what the project shows and ships true to the code: the files of deploy/ and conf/
 * (manifests and profiles parse, every class, jar and file they name exists, no secret is written
 * into them), the deploy scripts run with {@code --dry-run}, and every job command line of README,
 * BENCHMARKS.md, docs/ and deploy/ parsed and configured by the launcher up to where its job would
 * start. Nothing here starts a cluster.
 */
package io.sparkdenoise.jobs.deploy;
