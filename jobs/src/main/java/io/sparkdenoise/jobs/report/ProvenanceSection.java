/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.core.report.Block;
import io.sparkdenoise.core.report.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What made the run: its {@code _provenance.json}, as tables. */
final class ProvenanceSection {
  /** The section's id. */
  static final String ID = "provenance";

  private ProvenanceSection() {}

  static Section build(Provenance p) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Job", p.job());
    facts.put("Created at", p.createdAt().toString());
    facts.put("Code revision", p.gitRevision());
    facts.put("Record hash", p.hash());
    facts.put(
        "Platform", p.platform().java() + ", " + p.platform().os() + ", " + p.platform().arch());
    p.libraries().forEach((name, version) -> facts.put(name, version));
    p.seeds().forEach((name, seed) -> facts.put("seed " + name, Long.toString(seed)));
    List<List<String>> inputs = new ArrayList<>();
    for (InputFile input : p.inputs()) {
      inputs.add(
          List.of(
              input.uri(),
              Long.toString(input.sizeBytes()),
              input.modified().toString(),
              input.sha256().orElse("")));
    }
    List<List<String>> config = new ArrayList<>();
    p.config().forEach((key, value) -> config.add(List.of(key, value)));
    return new Section(
        ID,
        "Provenance",
        List.of(
            new Block.Facts(facts),
            new Block.Table(
                "Inputs",
                List.of("uri", "bytes", "modified", "sha256"),
                inputs,
                List.of(false, true, false, false)),
            new Block.Table(
                "Resolved configuration", List.of("key", "value"), config, List.of(false, false))));
  }
}
