/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What made an artifact: the git revision of the code, the job, its fully resolved configuration
 * (flattened to dotted keys), the seeds, the inputs it read, the platform, the versions of the
 * libraries that matter (Spark, the ND4J backend...) and when it was created.
 *
 * <p>{@link #toJson()} is the {@code _provenance.json} form. {@link #hash()} identifies the run's
 * recipe: it covers everything except {@link #createdAt()}, so re-running the same code with the
 * same configuration on the same inputs and platform gives the same hash. Immutable; the maps are
 * sorted copies.
 *
 * @param gitRevision commit id of the code, see {@link BuildInfo#gitRevision()}
 * @param job the job's name, e.g. {@code "pairs"}
 * @param config every resolved configuration value by dotted key, rendered as a string
 * @param seeds every seed the run used, by name
 * @param inputs what the run read, in the order it read them
 * @param platform JVM and operating system
 * @param libraries library versions by name, e.g. {@code "spark" -> "3.5.9"}
 * @param createdAt when the record was made
 */
public record Provenance(
    String gitRevision,
    String job,
    SortedMap<String, String> config,
    SortedMap<String, Long> seeds,
    List<InputFile> inputs,
    Platform platform,
    SortedMap<String, String> libraries,
    Instant createdAt) {

  /** Checks the fields and makes unmodifiable sorted copies of the collections. */
  public Provenance {
    Objects.requireNonNull(gitRevision, "gitRevision");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(createdAt, "createdAt");
    if (job.isBlank()) {
      throw new IllegalArgumentException("job name must not be blank");
    }
    config = sortedCopy(config, "config");
    seeds = sortedCopy(seeds, "seeds");
    inputs = List.copyOf(inputs);
    libraries = sortedCopy(libraries, "libraries");
  }

  /**
   * A record for a run of this build on this platform, created now by {@code clock}.
   *
   * @see BuildInfo#gitRevision()
   * @see Platform#current()
   */
  public static Provenance capture(
      String job,
      Map<String, String> config,
      Map<String, Long> seeds,
      List<InputFile> inputs,
      Map<String, String> libraries,
      Clock clock) {
    return new Provenance(
        BuildInfo.gitRevision(),
        job,
        new TreeMap<>(config),
        new TreeMap<>(seeds),
        inputs,
        Platform.current(),
        new TreeMap<>(libraries),
        clock.instant());
  }

  /**
   * The record as indented JSON with a trailing newline, the content of {@code _provenance.json}.
   */
  public String toJson() {
    return ProvenanceJson.pretty(toJsonTree(true));
  }

  /**
   * The record in {@code json}, the content of a {@code _provenance.json} that {@link #toJson()}
   * wrote.
   *
   * @throws IOException when it is not JSON
   * @throws IllegalArgumentException naming the first missing field
   */
  public static Provenance fromJson(String json) throws IOException {
    return ProvenanceJson.read(json);
  }

  /**
   * The SHA-256, as 64 lower-case hex digits, of the compact JSON of everything but {@link
   * #createdAt()}: equal recipes give equal hashes, whatever the time of day.
   */
  public String hash() {
    byte[] canonical = ProvenanceJson.compact(toJsonTree(false)).getBytes(StandardCharsets.UTF_8);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  private Map<String, Object> toJsonTree(boolean withCreatedAt) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("git_revision", gitRevision);
    tree.put("job", job);
    tree.put("config", config);
    tree.put("seeds", seeds);
    List<Object> inputTrees = new ArrayList<>();
    inputs.forEach(input -> inputTrees.add(input.toJsonTree()));
    tree.put("inputs", inputTrees);
    tree.put("platform", platform.toJsonTree());
    tree.put("libraries", libraries);
    if (withCreatedAt) {
      tree.put("created_at", createdAt.toString());
    }
    return tree;
  }

  private static <V> SortedMap<String, V> sortedCopy(Map<String, V> map, String what) {
    Objects.requireNonNull(map, what);
    SortedMap<String, V> copy = new TreeMap<>();
    map.forEach(
        (key, value) -> {
          if (key == null || value == null) {
            throw new IllegalArgumentException(
                what + " must not hold null keys or values, got " + key + "=" + value);
          }
          copy.put(key, value);
        });
    return Collections.unmodifiableSortedMap(copy);
  }
}
