/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Typed, range-checked reads from a resolved configuration, and the same checks for values that
 * reach a config record another way (its compact constructor). Every failure is an {@link
 * IllegalArgumentException} naming the key and the bad value, e.g. {@code "pairs.seed must be an
 * integer, got 'abc'"}. Strings that spell a number are accepted where a number is expected (that
 * is what {@code --conf key=value} gives).
 *
 * <p>Defaults live in {@code reference.conf} only: every read here is of a key that the layers set
 * (reference.conf sets every key that has a default), so no caller holds a fallback value of its
 * own. Immutable; use it on the driver only.
 */
public final class ConfigReader {
  /** The resource that holds the defaults, the lowest layer. */
  static final String REFERENCE = "reference.conf";

  private static final String SET_BY_JOB = "set by the job";

  private final Config config;

  ConfigReader(Config config) {
    this.config = config;
  }

  /** Whether {@code key} is set (to anything but null). */
  public boolean has(String key) {
    return config.hasPath(key);
  }

  /**
   * Whether {@code key}'s value is reference.conf's default, set by no layer above it: how a job
   * tells a default it may replace (e.g. fine-tuning's epochs) from a value the user chose.
   */
  public boolean isDefault(String key) {
    return has(key) && REFERENCE.equals(config.getValue(key).origin().resource());
  }

  /**
   * This configuration where each setting under {@code block} (e.g. {@code train.fine-tune})
   * replaces its twin under {@code target} (e.g. {@code train}) when the twin is at its {@link
   * #isDefault default}: a mode's own defaults, while a value the user set for the twin stays.
   */
  public ConfigReader withDefaultsFrom(String block, String target) {
    if (!has(block)) {
      return this;
    }
    Config replaced = config;
    for (Map.Entry<String, ConfigValue> e : config.getConfig(block).entrySet()) {
      String twin = target + "." + e.getKey();
      if (isDefault(twin)) {
        replaced = replaced.withValue(twin, e.getValue());
      }
    }
    return new ConfigReader(replaced);
  }

  /**
   * This configuration with {@code settings} (dotted key to value) set over every layer: how a job
   * that runs other jobs (e.g. {@code compare}) gives each its inputs and outputs while the user's
   * other settings apply to all of them.
   */
  public ConfigReader with(Map<String, String> settings) {
    Config set = config;
    for (Map.Entry<String, String> e : settings.entrySet()) {
      set = set.withValue(e.getKey(), ConfigValueFactory.fromAnyRef(e.getValue(), SET_BY_JOB));
    }
    return new ConfigReader(set);
  }

  /** A required string; an empty string counts as set. */
  public String string(String key) {
    ConfigValue value = value(key);
    if (value.valueType() == ConfigValueType.LIST || value.valueType() == ConfigValueType.OBJECT) {
      throw bad(key, "must be a string", value);
    }
    return String.valueOf(value.unwrapped());
  }

  /** A required string that is not blank. */
  public String nonBlankString(String key) {
    return requireNonBlank(key, string(key));
  }

  /**
   * A required string turned into a value by {@code parser}, e.g. a noise spec; a parser's refusal
   * becomes {@code "<key> '<text>': <its message>"}.
   */
  public <T> T parsed(String key, Function<String, T> parser) {
    String text = string(key);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + " '" + text + "': " + e.getMessage(), e);
    }
  }

  /**
   * A required choice among the constants of {@code type}, named in lower case ({@code files} for
   * {@code FILES}).
   */
  public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    String text = string(key);
    for (E value : type.getEnumConstants()) {
      if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
        return value;
      }
    }
    List<String> names = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      names.add(value.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(
        key + " must be one of " + String.join(", ", names) + "; got '" + text + "'");
  }

  /** A string, or empty when the key is not set. */
  public Optional<String> optionalString(String key) {
    return has(key) ? Optional.of(string(key)) : Optional.empty();
  }

  /** A required 32-bit integer. */
  public int integer(String key) {
    String text = scalar(key, "must be an integer");
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw bad(key, "must be an integer", text);
    }
  }

  /** A required 64-bit integer, e.g. a seed. */
  public long longInteger(String key) {
    String text = scalar(key, "must be an integer");
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw bad(key, "must be an integer", text);
    }
  }

  /** A required finite number. */
  public double number(String key) {
    String text = scalar(key, "must be a number");
    try {
      double parsed = Double.parseDouble(text.trim());
      if (Double.isFinite(parsed)) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw bad(key, "must be a number", text);
  }

  /** A required number in {@code [min, max]}. */
  public double numberIn(String key, double min, double max) {
    return requireIn(key, number(key), min, max);
  }

  /** A required integer in {@code [min, max]}. */
  public int integerIn(String key, int min, int max) {
    return requireIn(key, integer(key), min, max);
  }

  /** A required integer of at least {@code min}. */
  public int integerAtLeast(String key, int min) {
    return requireAtLeast(key, integer(key), min);
  }

  /** A required 64-bit integer of at least {@code min}. */
  public long longIntegerAtLeast(String key, long min) {
    return requireAtLeast(key, longInteger(key), min);
  }

  /**
   * {@code value} when it is set and not blank.
   *
   * @throws IllegalArgumentException {@code "<key> must not be blank, got '<value>'"}
   */
  public static String requireNonBlank(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " must not be blank, got '" + value + "'");
    }
    return value;
  }

  /**
   * {@code value} when it is at least {@code min}.
   *
   * @throws IllegalArgumentException {@code "<key> must be at least <min>, got <value>"}
   */
  public static long requireAtLeast(String key, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(key + " must be at least " + min + ", got " + value);
    }
    return value;
  }

  /** {@link #requireAtLeast(String, long, long)} for an int. */
  public static int requireAtLeast(String key, int value, int min) {
    return (int) requireAtLeast(key, (long) value, min);
  }

  /**
   * {@code value} when it is in {@code [min, max]}.
   *
   * @throws IllegalArgumentException {@code "<key> must be in [<min>, <max>], got <value>"}
   */
  public static double requireIn(String key, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          key + " must be in [" + plain(min) + ", " + plain(max) + "], got " + plain(value));
    }
    return value;
  }

  /** {@link #requireIn(String, double, double, double)} for an int. */
  public static int requireIn(String key, int value, int min, int max) {
    return (int) requireIn(key, (double) value, min, max);
  }

  /** A required boolean: {@code true} or {@code false}, nothing else. */
  public boolean bool(String key) {
    String text = scalar(key, "must be true or false");
    return switch (text.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw bad(key, "must be true or false", text);
    };
  }

  /**
   * The scalars below {@code key} as a map from dotted key (relative to {@code key}) to string;
   * empty when {@code key} is not set. Quoted and nested keys give the same result: <code>
   * {"spark.sql.x" = 1}</code> and <code>{spark.sql.x = 1}</code> both map {@code spark.sql.x}. But
   * they are different HOCON paths, so one never overrides the other (a file that includes another
   * must write a key as it does): an object that holds both is refused.
   */
  public SortedMap<String, String> stringMap(String key) {
    if (!has(key)) {
      return new TreeMap<>();
    }
    if (config.getValue(key).valueType() != ConfigValueType.OBJECT) {
      throw bad(key, "must be an object of key = value settings", config.getValue(key));
    }
    SortedMap<String, String> flat = new TreeMap<>();
    for (Map.Entry<String, ConfigValue> entry : config.getConfig(key).entrySet()) {
      String name = String.join(".", ConfigUtil.splitPath(entry.getKey()));
      if (flat.put(name, render(entry.getValue())) != null) {
        // "a.b" = 1 and a.b = 2 are two HOCON paths: neither overrides the other
        throw new IllegalArgumentException(
            key
                + " sets "
                + name
                + " twice, as the quoted key \""
                + name
                + "\" and as nested keys: write it the same way (quoted) in every file");
      }
    }
    return flat;
  }

  /** Every setting as dotted key to rendered value, sorted: the resolved config for provenance. */
  public SortedMap<String, String> flatten() {
    return flatten(config);
  }

  private static SortedMap<String, String> flatten(Config config) {
    SortedMap<String, String> flat = new TreeMap<>();
    for (Map.Entry<String, ConfigValue> entry : config.entrySet()) {
      String key = String.join(".", ConfigUtil.splitPath(entry.getKey()));
      flat.put(key, render(entry.getValue()));
    }
    return flat;
  }

  private ConfigValue value(String key) {
    try {
      if (!config.hasPath(key)) {
        throw new IllegalArgumentException(
            "missing required setting "
                + key
                + " (set it in the config file or pass --conf "
                + key
                + "=...)");
      }
      return config.getValue(key);
    } catch (ConfigException.BadPath e) {
      throw new IllegalArgumentException("'" + key + "' is not a valid config key", e);
    }
  }

  private String scalar(String key, String expectation) {
    ConfigValue value = value(key);
    if (value.valueType() == ConfigValueType.LIST || value.valueType() == ConfigValueType.OBJECT) {
      throw bad(key, expectation, value);
    }
    return String.valueOf(value.unwrapped());
  }

  private static IllegalArgumentException bad(String key, String expectation, ConfigValue value) {
    return bad(key, expectation, render(value));
  }

  private static IllegalArgumentException bad(String key, String expectation, String text) {
    return new IllegalArgumentException(key + " " + expectation + ", got '" + text + "'");
  }

  private static String render(ConfigValue value) {
    return switch (value.valueType()) {
      case LIST, OBJECT -> value.render(ConfigRenderOptions.concise());
      default -> String.valueOf(value.unwrapped());
    };
  }

  /** 1.0 as "1", 1.5 as "1.5": bounds and values in messages the way users write them. */
  private static String plain(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
