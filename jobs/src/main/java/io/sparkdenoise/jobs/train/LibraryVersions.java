/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.nativesetup.NativeBackend;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The versions of the libraries a trained model depends on, for the provenance: read from the
 * {@code pom.properties} Maven puts in each jar ({@value #UNKNOWN} when a jar has none, e.g. when
 * repackaged).
 */
final class LibraryVersions {
  static final String UNKNOWN = "unknown";

  private LibraryVersions() {}

  /** Spark, DL4J nn, dl4j-spark, ND4J native and the native build in use. */
  static Map<String, String> of(String sparkVersion, NativeBackend backend) {
    Map<String, String> versions = new TreeMap<>();
    versions.put("spark", sparkVersion);
    versions.put("deeplearning4j-nn", version("org.deeplearning4j", "deeplearning4j-nn"));
    versions.put("dl4j-spark", version("org.deeplearning4j", "dl4j-spark_2.12"));
    versions.put("nd4j-native", version("org.nd4j", "nd4j-native"));
    versions.put("nd4j-backend", backend.classifier());
    versions.put("nd4j-onednn", Boolean.toString(backend.oneDnn()));
    versions.put("dl4j-helpers", Boolean.toString(backend.helpers()));
    return versions;
  }

  /** The version in {@code META-INF/maven/group/artifact/pom.properties}, or {@value #UNKNOWN}. */
  static String version(String group, String artifact) {
    String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = LibraryVersions.class.getResourceAsStream(resource)) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", UNKNOWN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
