/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.sparkdenoise.core.metrics.CharacterErrorRate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The settings there are: every key {@code reference.conf} holds, with a default or as null (a
 * setting without one). Its top-level blocks are the namespaces ({@code ingest}, {@code spark},
 * ...); an empty block ({@code spark.settings {}}) is open, any key below it is allowed. What a
 * setting is also decides how a {@code --conf} value is read: as HOCON only where the catalogue
 * holds a block or a list, as the text given everywhere else.
 */
final class KeyCatalogue {
  /** What {@code --conf} values carry as their origin, and what marks them in messages. */
  static final String OVERRIDE_ORIGIN = "--conf ";

  /** Edits of a key that still make a typo of a known one, rather than another kind of setting. */
  private static final int CLOSE = 3;

  private final SortedSet<String> settings = new TreeSet<>();
  private final Set<String> blocks = new TreeSet<>();
  private final Set<String> openBlocks = new TreeSet<>();
  private final Set<String> lists = new TreeSet<>();

  /** The catalogue of {@code reference}, the parsed (unresolved) reference.conf. */
  KeyCatalogue(Config reference) {
    walk(
        reference.root(),
        new ArrayList<>(),
        (path, value) -> {
          settings.add(path);
          if (value.valueType() == ConfigValueType.LIST) {
            lists.add(path);
          }
        },
        blocks,
        openBlocks);
  }

  /** Whether a value of {@code key} is a block or a list, so that {@code --conf} reads HOCON. */
  boolean isStructured(String key) {
    String path = ConfigUtil.joinPath(ConfigUtil.splitPath(key));
    return blocks.contains(path) || openBlocks.contains(path) || lists.contains(path);
  }

  /**
   * Refuses a setting of {@code config} (the layers merged and resolved) that the catalogue does
   * not hold, where it must: under one of {@code namespaces} (the running job's, and {@code
   * spark}), and, from a {@code --conf} override, under a namespace the catalogue does not know.
   * Other jobs' settings in a shared file are left alone.
   *
   * @throws IllegalArgumentException naming the first unknown key, where it was set and the nearest
   *     known key
   */
  void requireKnown(Config config, Set<String> namespaces) {
    Set<String> topLevel = new TreeSet<>();
    settings.forEach(key -> topLevel.add(ConfigUtil.splitPath(key).get(0)));
    List<String> unknown = new ArrayList<>();
    walk(
        config.root(),
        new ArrayList<>(),
        (path, value) -> {
          String namespace = ConfigUtil.splitPath(path).get(0);
          String origin = value.origin().description();
          boolean checked =
              namespaces.contains(namespace)
                  || (!topLevel.contains(namespace) && origin.startsWith(OVERRIDE_ORIGIN));
          if (checked && !knows(path)) {
            unknown.add(
                "unknown setting "
                    + dotted(path)
                    + " ("
                    + origin
                    + "): did you mean "
                    + suggestion(path)
                    + "? reference.conf lists every setting");
          }
        },
        new TreeSet<>(),
        new TreeSet<>());
    if (!unknown.isEmpty()) {
      String more = unknown.size() > 1 ? " (and " + (unknown.size() - 1) + " more)" : "";
      throw new IllegalArgumentException(unknown.get(0) + more);
    }
  }

  private boolean knows(String path) {
    if (settings.contains(path) || blocks.contains(path) || openBlocks.contains(path)) {
      return true;
    }
    List<String> parts = ConfigUtil.splitPath(path);
    for (int i = 1; i < parts.size(); i++) {
      if (openBlocks.contains(ConfigUtil.joinPath(parts.subList(0, i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nearest known setting, when it is close; else, in a namespace with an open block, the same
   * key inside that block ({@code spark.sql.shuffle.partitions} is a Spark property, set in {@code
   * spark.settings."spark.sql.shuffle.partitions"}).
   */
  private String suggestion(String path) {
    String nearest = nearest(path);
    String namespace = ConfigUtil.splitPath(path).get(0);
    if (CharacterErrorRate.editDistance(nearest, path) > CLOSE) {
      for (String open : openBlocks) {
        if (ConfigUtil.splitPath(open).get(0).equals(namespace)) {
          return open + "." + ConfigUtil.quoteString(dotted(path));
        }
      }
    }
    return dotted(nearest);
  }

  /** The known setting closest to {@code path} by edit distance; ties go to its own namespace. */
  private String nearest(String path) {
    String namespace = ConfigUtil.splitPath(path).get(0);
    Comparator<String> closest =
        Comparator.<String>comparingInt(key -> CharacterErrorRate.editDistance(key, path))
            .thenComparing(key -> !ConfigUtil.splitPath(key).get(0).equals(namespace))
            .thenComparing(Comparator.naturalOrder());
    return settings.stream().min(closest).orElseThrow();
  }

  /** {@code a.b."c.d"} as users write it in messages: {@code a.b.c.d}. */
  private static String dotted(String path) {
    return String.join(".", ConfigUtil.splitPath(path));
  }

  /**
   * Calls {@code leaf} with the path of every value below {@code object} that is not a non-empty
   * block (nulls included), and collects the paths of non-empty and empty blocks.
   */
  private static void walk(
      ConfigObject object,
      List<String> prefix,
      BiConsumer<String, ConfigValue> leaf,
      Set<String> blocks,
      Set<String> emptyBlocks) {
    for (Map.Entry<String, ConfigValue> entry : object.entrySet()) {
      List<String> path = new ArrayList<>(prefix);
      path.add(entry.getKey());
      String joined = ConfigUtil.joinPath(path);
      if (entry.getValue() instanceof ConfigObject block && !block.isEmpty()) {
        blocks.add(joined);
        walk(block, path, leaf, blocks, emptyBlocks);
      } else if (entry.getValue() instanceof ConfigObject) {
        emptyBlocks.add(joined);
        leaf.accept(joined, entry.getValue());
      } else {
        leaf.accept(joined, entry.getValue());
      }
    }
  }
}
