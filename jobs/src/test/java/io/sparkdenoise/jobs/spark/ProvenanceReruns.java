/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.config.ConfigReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * A job's configuration read back from the {@code _provenance.json} of an output it committed: the
 * resolved config the record holds, as {@code --conf} overrides, with more overrides on top (a new
 * output, say). What re-running a job from its provenance needs.
 */
public final class ProvenanceReruns {
  private ProvenanceReruns() {}

  /** The configuration the output at {@code output} was made with, then {@code overrides}. */
  public static ConfigReader config(SparkSession spark, String output, String... overrides)
      throws IOException {
    Provenance provenance = ProvenanceFiles.read(spark, output);
    List<String> all = new ArrayList<>();
    provenance.config().forEach((key, value) -> all.add(key + "=" + value));
    all.addAll(List.of(overrides));
    return ConfigLayers.load(Optional.empty(), all);
  }
}
