/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The local cluster's own programs: the HDFS server ({@link io.sparkdenoise.cluster.HdfsServer}, a
 * MiniDFSCluster on loopback) that {@code deploy/local-cluster/start.sh} runs next to a Spark
 * standalone Master and Workers, so that jobs, end-to-end runs and fault-injection tests see a real
 * shared file system across separate JVMs.
 */
package io.sparkdenoise.cluster;
