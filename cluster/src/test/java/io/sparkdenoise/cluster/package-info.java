/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Fault-injection integration tests on a real local cluster: a Spark standalone Master and two
 * Workers (separate JVMs, started by {@code deploy/local-cluster/start.sh}), HDFS, drivers launched
 * with spark-submit in client mode, executors and drivers killed by their pids.
 */
package io.sparkdenoise.cluster;
