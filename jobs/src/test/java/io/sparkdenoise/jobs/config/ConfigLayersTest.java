/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.jobs.spark.SparkOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLayersTest {
  @TempDir Path dir;

  private Path file(String hocon) throws IOException {
    Path file = dir.resolve("test.conf");
    Files.writeString(file, hocon, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void referenceConfProvidesTheDefaults() {
    ConfigReader config = ConfigLayers.load(Optional.empty(), List.of());

    assertThat(config.string("spark.app-name")).isEqualTo("spark-denoise");
    assertThat(config.has("spark.master")).isFalse();
    assertThat(SparkOptions.from(config)).isEqualTo(SparkOptions.named("spark-denoise"));
  }

  @Test
  void theFileOverridesTheReferenceAndOverridesWinOverBoth() throws IOException {
    Path file = file("spark { app-name = from-file, master = \"local[2]\" }\npairs.seed = 1");

    ConfigReader config =
        ConfigLayers.load(
            Optional.of(file), List.of("pairs.seed=2", "pairs.seed=3", "spark.master=yarn"));

    assertThat(config.string("spark.app-name")).isEqualTo("from-file");
    assertThat(config.string("spark.master")).isEqualTo("yarn");
    assertThat(config.longInteger("pairs.seed")).isEqualTo(3);
  }

  @Test
  void overrideValuesAreTakenVerbatimUnlessReferenceConfHoldsABlockThere() {
    ConfigReader config =
        ConfigLayers.load(
            Optional.empty(),
            List.of(
                "ingest.input=hdfs://nn:8020/data/x#1",
                "denoise.input={/scans/a,/scans/b}/*.tif",
                "pairs.images=[ab]*/images",
                "spark.settings={\"spark.sql.shuffle.partitions\"=4}"));

    assertThat(config.string("ingest.input")).isEqualTo("hdfs://nn:8020/data/x#1");
    assertThat(config.string("denoise.input")).isEqualTo("{/scans/a,/scans/b}/*.tif");
    assertThat(config.string("pairs.images")).isEqualTo("[ab]*/images");
    assertThat(SparkOptions.from(config).settings())
        .containsEntry("spark.sql.shuffle.partitions", "4");
  }

  @Test
  void anUnknownKeyOfTheJobIsRefusedWithWhereItWasSetAndTheNearestKnownKey() throws IOException {
    Path file = file("score {\n  modle = \"/models/a\"\n}\n");
    Set<String> score = Set.of("score", "spark");

    assertThatThrownBy(() -> ConfigLayers.load(Optional.empty(), List.of("score.note=x"), score))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown setting score.note (--conf score.note=x): did you mean score.noise?"
                + " reference.conf lists every setting");
    assertThatThrownBy(() -> ConfigLayers.load(Optional.of(file), List.of(), score))
        .hasMessage(
            "unknown setting score.modle ("
                + file
                + ": 2): did you mean score.model? reference.conf lists every setting");
    assertThatThrownBy(() -> ConfigLayers.load(Optional.empty(), List.of("spark.app-nme=x"), score))
        .hasMessageContaining("did you mean spark.app-name?");
  }

  @Test
  void aSparkPropertyOutsideSparkSettingsIsPointedThere() {
    assertThatThrownBy(
            () ->
                ConfigLayers.load(
                    Optional.empty(),
                    List.of("spark.sql.shuffle.partitions=4"),
                    Set.of("ingest", "spark")))
        .hasMessageContaining("did you mean spark.settings.\"spark.sql.shuffle.partitions\"?");
    ConfigReader config =
        ConfigLayers.load(
            Optional.empty(),
            List.of("spark.settings.\"spark.sql.shuffle.partitions\"=4"),
            Set.of("ingest", "spark"));
    assertThat(SparkOptions.from(config).settings())
        .containsEntry("spark.sql.shuffle.partitions", "4");
  }

  @Test
  void otherJobsKeysInASharedFileAreLeftAloneButAnOverrideNeedsAKnownNamespace()
      throws IOException {
    Path shared = file("train.epochs = 3\ntrain.some-newer-key = 1\nakka.loglevel = INFO\n");

    ConfigReader config =
        ConfigLayers.load(Optional.of(shared), List.of("pairs.seed=4"), Set.of("score", "spark"));

    assertThat(config.integer("train.epochs")).isEqualTo(3);
    assertThat(config.longInteger("pairs.seed")).isEqualTo(4);
    assertThatThrownBy(
            () ->
                ConfigLayers.load(
                    Optional.empty(), List.of("scroe.model=/m"), Set.of("score", "spark")))
        .hasMessageStartingWith(
            "unknown setting scroe.model (--conf scroe.model=/m): did you mean score.model?");
  }

  @Test
  void everySettingWithoutADefaultIsInTheCatalogueAsUnset() {
    ConfigReader config =
        ConfigLayers.load(
            Optional.empty(),
            List.of("denoise.reference=/clean", "notebook.baseline-run=r1"),
            Set.of("denoise", "notebook", "spark"));

    assertThat(config.has("denoise.input")).isFalse();
    assertThat(config.string("denoise.reference")).isEqualTo("/clean");
    assertThat(config.flatten()).doesNotContainKey("denoise.input");
  }

  @Test
  void theProjectsLocalConfLoads() {
    ConfigReader config =
        ConfigLayers.load(Optional.of(Path.of("..", "conf", "local.conf")), List.of());

    SparkOptions spark = SparkOptions.from(config);
    assertThat(spark.master()).contains("local[*]");
    assertThat(spark.settings()).containsEntry("spark.ui.enabled", "false");
  }

  @Test
  void flattenGivesEveryResolvedSettingByDottedKey() {
    ConfigReader config =
        ConfigLayers.load(
            Optional.empty(), List.of("pairs.seed=5", "spark.settings={\"spark.a.b\"=1}"));

    assertThat(config.flatten())
        .containsEntry("pairs.seed", "5")
        .containsEntry("spark.settings.spark.a.b", "1")
        .containsEntry("spark.app-name", "spark-denoise");
  }

  @Test
  void badFilesAndOverridesAreReportedWithWhatWasGiven() throws IOException {
    Path broken = file("pairs { seed = ");
    assertThatThrownBy(() -> ConfigLayers.load(Optional.of(dir.resolve("missing.conf")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("config file " + dir.resolve("missing.conf") + " does not exist");
    assertThatThrownBy(() -> ConfigLayers.load(Optional.of(broken), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot parse config file " + broken + ": ");
    assertThatThrownBy(() -> ConfigLayers.load(Optional.empty(), List.of("pairs.seed")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--conf expects key=value, got 'pairs.seed'");
    assertThatThrownBy(() -> ConfigLayers.load(Optional.empty(), List.of("pairs..seed=1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--conf pairs..seed=1 is not a valid override: ");
  }

  @Test
  void theFilesOfAConfigAreTheIncludesThatSetSomethingThenItself() throws IOException {
    Path nested = Files.createDirectories(dir.resolve("nested"));
    Files.writeString(nested.resolve("base.conf"), "pairs.seed = 1", StandardCharsets.UTF_8);
    Files.writeString(nested.resolve("empty.conf"), "# nothing", StandardCharsets.UTF_8);
    Files.writeString(
        nested.resolve("middle.conf"),
        "include \"base.conf\"\ninclude \"empty.conf\"\nspark.settings { \"spark.a\" = ${?HOME} }",
        StandardCharsets.UTF_8);
    Path top = file("include file(\"" + nested.resolve("middle.conf") + "\")\npairs.x = 2");

    assertThat(ConfigLayers.files(top))
        .containsExactly(nested.resolve("base.conf"), nested.resolve("middle.conf"), top);
  }
}
