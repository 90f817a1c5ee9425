/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {
  private static final String SHA = "aefa8735cbbbda15fdae0ef9787b90fd818ea1cf";

  @Test
  void theBuildBakesAFullCommitIdOrUnknown() {
    assertThat(BuildInfo.gitRevision()).matches("[0-9a-f]{40}(-dirty)?|unknown");
  }

  @Test
  void aCleanCheckoutGivesTheBareCommitId() {
    assertThat(BuildInfo.gitRevisionOf(git(SHA, "false"))).isEqualTo(SHA);
  }

  @Test
  void uncommittedChangesAreMarkedDirty() {
    assertThat(BuildInfo.gitRevisionOf(git(SHA, "true"))).isEqualTo(SHA + "-dirty");
  }

  @Test
  void noGitInformationGivesUnknown() {
    assertThat(BuildInfo.gitRevisionOf(new Properties())).isEqualTo("unknown");
    assertThat(BuildInfo.gitRevisionOf(git("unknown", "false"))).isEqualTo("unknown");
    assertThat(BuildInfo.gitRevisionOf(git("  ", "true"))).isEqualTo("unknown");
  }

  private static Properties git(String revision, String dirty) {
    Properties properties = new Properties();
    properties.setProperty("git.revision", revision);
    properties.setProperty("git.dirty", dirty);
    return properties;
  }
}
