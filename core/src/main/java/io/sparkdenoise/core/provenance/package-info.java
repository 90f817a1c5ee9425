/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Where an artifact came from: {@link io.sparkdenoise.core.provenance.Provenance} records the git
 * revision, job, resolved configuration, seeds, inputs and platform of a run, is written to and
 * read from JSON with Jackson ({@code ProvenanceJson}), and hashes itself stably so that score rows
 * can name the run that made them.
 */
package io.sparkdenoise.core.provenance;
