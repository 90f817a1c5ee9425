/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy/gpu/discover-gpus.sh prints what Spark's resource discovery expects, with fake GPUs. */
class DiscoverGpusTest {
  private static final String SCRIPT = "deploy/gpu/discover-gpus.sh";

  @TempDir Path bin;

  /** Puts an nvidia-smi on {@code bin} that prints {@code out} and exits with {@code code}. */
  private void fakeNvidiaSmi(String out, int code) throws Exception {
    Path fake = bin.resolve("nvidia-smi");
    Files.writeString(
        fake,
        "#!/bin/sh\n[ \"$1\" = --query-gpu=index ] || exit 64\nprintf '"
            + out
            + "'\nexit "
            + code
            + "\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private JsonNode discover(Map<String, String> env) throws Exception {
    Scripts.Run run = Scripts.script(SCRIPT, env);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip().lines()).hasSize(1);
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void listsTheIndexOfEveryGpuOnThePath() throws Exception {
    fakeNvidiaSmi("0\\n1\\n", 0);

    JsonNode json = discover(Map.of("PATH", bin + ":/usr/bin:/bin"));

    assertThat(json.get("name").asText()).isEqualTo("gpu");
    assertThat(json.get("addresses").toString()).isEqualTo("[\"0\",\"1\"]");
  }

  @Test
  void printsNoAddressesWhenNvidiaSmiFailsOrIsMissing() throws Exception {
    fakeNvidiaSmi("No devices were found\\n", 6);

    assertThat(discover(Map.of("PATH", bin + ":/usr/bin:/bin")).get("addresses")).isEmpty();
    assertThat(discover(Map.of("NVIDIA_SMI", bin.resolve("missing").toString())).get("addresses"))
        .isEmpty();
  }
}
