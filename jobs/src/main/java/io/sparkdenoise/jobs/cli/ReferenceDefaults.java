/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.config.ConfigReader;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of the launcher's flags, from {@code reference.conf}: a flag that stands for a
 * config key names it as its {@code descriptionKey}, and its help shows that key's default with
 * {@code ${DEFAULT-VALUE}}. So a default is written once, in reference.conf, and the help cannot
 * disagree with it. Flags without such a key keep their own (or no) default.
 */
final class ReferenceDefaults implements IDefaultValueProvider {
  private final ConfigReader reference = ConfigLayers.load(Optional.empty(), List.of());

  @Override
  public String defaultValue(ArgSpec argument) {
    if (argument instanceof OptionSpec option) {
      String key = option.descriptionKey();
      if (!key.isEmpty() && reference.has(key)) {
        return reference.string(key);
      }
    }
    return null;
  }
}
