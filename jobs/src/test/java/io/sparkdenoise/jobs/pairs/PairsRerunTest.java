/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import static io.sparkdenoise.jobs.spark.DataFrameAssertions.assertDataFrameEquals;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.ProvenanceReruns;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A pairs table's _provenance.json is enough to make the same table again. */
@ExtendWith(SharedSpark.class)
class PairsRerunTest {
  @TempDir Path dir;

  @Test
  void rerunningTheJobFromItsProvenanceGivesTheSameTable() throws Exception {
    SparkSession spark = SharedSpark.session();
    String images =
        ImagesTables.write(
            spark,
            dir.resolve("images").toUri().toString(),
            ImagesTables.rows(12, i -> SyntheticImages.smoothGray("s", 16, 16, i)),
            2);
    PairsResult first =
        PairsJob.run(
            spark,
            PairsConfig.from(
                ConfigLayers.load(
                    Optional.empty(),
                    List.of(
                        PairsConfig.IMAGES + "=" + images,
                        PairsConfig.OUTPUT + "=" + dir.resolve("first").toUri(),
                        PairsConfig.NOISE + "=0.7*gaussian:sigma=5..50|0.3*salt-pepper:amount=0.05",
                        PairsConfig.SEED + "=11",
                        PairsConfig.SPLITS + "=train,test",
                        PairsConfig.PARTITIONS + "=3"))));

    PairsResult again =
        PairsJob.run(
            spark,
            PairsConfig.from(
                ProvenanceReruns.config(
                    spark,
                    first.output(),
                    PairsConfig.OUTPUT + "=" + dir.resolve("again").toUri())));

    assertThat(again.pairs()).isEqualTo(first.pairs()).isPositive();
    assertDataFrameEquals(sorted(spark, first.output()), sorted(spark, again.output()));
    assertThat(ProvenanceFiles.read(spark, again.output()).config())
        .containsEntry(PairsConfig.NOISE, "0.7*gaussian:sigma=5..50|0.3*salt-pepper:amount=0.05")
        .containsEntry(PairsConfig.SPLITS, "train,test");
  }

  private static Dataset<Row> sorted(SparkSession spark, String uri) {
    return spark.read().schema(Table.PAIRS.schema()).parquet(uri).orderBy("id");
  }
}
