/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Merges the configuration layers of a job run. Later layers win; lowest first:
 *
 * <ol>
 *   <li>{@code reference.conf} on the class path: the defaults, each documented there;
 *   <li>the optional {@code --config FILE} (HOCON), e.g. {@code conf/local.conf};
 *   <li>the {@code --conf key=value} overrides, in order (the last one for a key wins).
 * </ol>
 *
 * <p>Nothing else is consulted: no system properties, no {@code application.conf}, so a run is
 * fully described by its file and its overrides. An override's value is the text given (a Hadoop
 * glob such as <code>{/a,/b}/*.png</code> included), except for a key that reference.conf holds as
 * a block or a list ({@code spark.settings}), whose value is parsed as HOCON.
 *
 * <p>reference.conf is also the catalogue of the settings there are ({@link KeyCatalogue}): a
 * running job refuses a key it does not hold under its own namespaces, wherever it was set.
 */
public final class ConfigLayers {

  private ConfigLayers() {}

  /**
   * The resolved configuration of the three layers.
   *
   * @param configFile the {@code --config} file, if given; it must exist
   * @param overrides the {@code --conf} arguments, each {@code key=value}
   * @throws IllegalArgumentException if the file is missing or unparsable, or an override is
   *     malformed
   */
  public static ConfigReader load(Optional<Path> configFile, List<String> overrides) {
    return load(configFile, overrides, Set.of());
  }

  /**
   * The resolved configuration of the three layers, for a job whose settings live under {@code
   * namespaces} (e.g. {@code ingest} and {@code spark}).
   *
   * @param configFile the {@code --config} file, if given; it must exist
   * @param overrides the {@code --conf} arguments, each {@code key=value}
   * @param namespaces where a key reference.conf does not hold is refused
   * @throws IllegalArgumentException if the file is missing or unparsable, an override is
   *     malformed, or a key is unknown: under {@code namespaces}, or from an override under a
   *     namespace reference.conf does not have ("did you mean ...")
   */
  public static ConfigReader load(
      Optional<Path> configFile, List<String> overrides, Set<String> namespaces) {
    Config reference =
        ConfigFactory.parseResources(ConfigLayers.class.getClassLoader(), ConfigReader.REFERENCE);
    KeyCatalogue catalogue = new KeyCatalogue(reference);
    Config merged = parseOverrides(overrides, catalogue);
    if (configFile.isPresent()) {
      merged = merged.withFallback(parseFile(configFile.get()));
    }
    Config resolved;
    try {
      resolved = merged.withFallback(reference).resolve();
    } catch (ConfigException e) {
      throw new IllegalArgumentException("cannot resolve the configuration: " + e.getMessage(), e);
    }
    catalogue.requireKnown(resolved, namespaces);
    return new ConfigReader(resolved);
  }

  /**
   * The files a config file is made of: those it includes, directly or not, that set a value (as
   * absolute paths, sorted), then the file itself. What a cluster's driver needs beside it to read
   * it, e.g. YARN's {@code --files}.
   *
   * @throws IllegalArgumentException if the file is missing or unparsable
   */
  public static List<Path> files(Path configFile) {
    Path self = configFile.toAbsolutePath().normalize();
    SortedSet<Path> files = new TreeSet<>();
    collectFiles(parseFile(configFile).root(), files);
    files.remove(self);
    List<Path> all = new ArrayList<>(files);
    all.add(self);
    return all;
  }

  private static void collectFiles(ConfigValue value, Set<Path> files) {
    if (value instanceof ConfigObject object) {
      object.values().forEach(v -> collectFiles(v, files));
    } else if (value.origin().filename() != null) {
      files.add(Path.of(value.origin().filename()).toAbsolutePath().normalize());
    }
  }

  private static Config parseFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("config file " + file + " does not exist");
    }
    try {
      return ConfigFactory.parseFile(
          file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
    } catch (ConfigException e) {
      throw new IllegalArgumentException(
          "cannot parse config file " + file + ": " + e.getMessage(), e);
    }
  }

  private static Config parseOverrides(List<String> overrides, KeyCatalogue catalogue) {
    Config config = ConfigFactory.empty();
    for (String override : overrides) {
      int eq = override.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--conf expects key=value, got '" + override + "'");
      }
      String key = override.substring(0, eq).trim();
      try {
        String text = override.substring(eq + 1);
        String origin = KeyCatalogue.OVERRIDE_ORIGIN + override;
        ConfigValue value =
            catalogue.isStructured(key)
                ? ConfigFactory.parseString(
                        "v = " + text, ConfigParseOptions.defaults().setOriginDescription(origin))
                    .getValue("v")
                : ConfigValueFactory.fromAnyRef(text, origin);
        config = config.withValue(key, value);
      } catch (ConfigException e) {
        throw new IllegalArgumentException(
            "--conf " + override + " is not a valid override: " + e.getMessage(), e);
      }
    }
    return config;
  }
}
