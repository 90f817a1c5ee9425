/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.onednn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.nativeblas.Nd4jCpu;

/** The shim answers DL4J's oneDNN check, and only for the DL4J release it was written for. */
class OneDnnShimTest {
  /**
   * The release whose {@code BaseMKLDNNHelper} looks up {@code
   * org.nd4j.nativeblas.Nd4jCpu$Environment} and whose native jars lack it. Another release may
   * look elsewhere or ship the class itself.
   */
  private static final String WRITTEN_FOR = "1.0.0-M2.1";

  /** DL4J creates no layer helpers unless this is "false" (core's NativeSetup sets it). */
  private static final String HELPERS_DISABLE = "org.eclipse.deeplearning4j.helpers.disable";

  @BeforeAll
  static void allowHelpers() {
    System.setProperty(HELPERS_DISABLE, "false");
  }

  @Test
  void theDl4jAndNd4jOnTheClassPathAreTheReleaseTheShimWasWrittenFor() throws IOException {
    assertThat(version("org.deeplearning4j", "deeplearning4j-nn"))
        .as(
            "DL4J changed: check that its oneDNN check still reflects on"
                + " org.nd4j.nativeblas.Nd4jCpu$Environment.isUseMKLDNN() and that the native jar"
                + " still lacks that class, then update WRITTEN_FOR (or drop this module)")
        .isEqualTo(WRITTEN_FOR);
    assertThat(version("org.nd4j", "nd4j-api")).isEqualTo(WRITTEN_FOR);
    assertThat(version("org.nd4j", "nd4j-native")).isEqualTo(WRITTEN_FOR);
  }

  @Test
  void dl4jsOwnCheckSeesOneDnnThroughTheShim() {
    assertThat(Nd4jCpu.Environment.getInstance().isUseMKLDNN()).isEqualTo(OneDnn.active()).isTrue();
    assertThat(BaseMKLDNNHelper.mklDnnEnabled()).isTrue();
  }

  /** The version of a Maven artifact on the class path, from the pom.properties in its jar. */
  private static String version(String group, String artifact) throws IOException {
    String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = OneDnnShimTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the class path").isNotNull();
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    }
  }
}
