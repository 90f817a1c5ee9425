/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import io.sparkdenoise.jobs.contracts.ModelDirectory;
import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;

/**
 * The best epoch of a model directory's {@link ModelDirectory#HISTORY_DIR history} table, read with
 * Parquet's own reader where no Spark session runs (a command that only looks at a model).
 * Stateless.
 */
public final class TrainingHistory {
  private static final String EPOCH = "epoch";
  private static final String VALIDATION_PSNR = "val_psnr_db";
  private static final String PARQUET = ".parquet";

  private TrainingHistory() {}

  /**
   * The epoch with the highest validation PSNR in the history table of the model directory {@code
   * dir}: empty when the directory holds no history, or no epoch was validated.
   *
   * @throws IOException when the table is there but cannot be read
   */
  public static Optional<BestEpoch> best(Configuration hadoopConf, String dir) throws IOException {
    Path history = new Path(ModelDirectory.history(dir));
    FileSystem fs = history.getFileSystem(hadoopConf);
    if (!fs.exists(history)) {
      return Optional.empty();
    }
    Optional<BestEpoch> best = Optional.empty();
    for (FileStatus part : fs.listStatus(history, p -> p.getName().endsWith(PARQUET))) {
      try (ParquetReader<Group> reader =
          ParquetReader.builder(new GroupReadSupport(), part.getPath())
              .withConf(hadoopConf)
              .build()) {
        for (Group row = reader.read(); row != null; row = reader.read()) {
          if (row.getFieldRepetitionCount(VALIDATION_PSNR) == 0) {
            continue; // not validated
          }
          BestEpoch epoch =
              new BestEpoch(row.getInteger(EPOCH, 0), row.getDouble(VALIDATION_PSNR, 0));
          if (best.isEmpty() || epoch.validationPsnrDb() > best.get().validationPsnrDb()) {
            best = Optional.of(epoch);
          }
        }
      }
    }
    return best;
  }

  /**
   * One epoch of a training run and its validation PSNR.
   *
   * @param epoch the 1-based epoch
   * @param validationPsnrDb mean PSNR in dB of the denoised validation images
   */
  public record BestEpoch(int epoch, double validationPsnrDb) {}
}
