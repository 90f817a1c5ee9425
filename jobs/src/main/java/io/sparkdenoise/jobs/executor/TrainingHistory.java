/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import io.sparkdenoise.jobs.contracts.ModelDirectory;
import java.io.IOException;
import java.util.List;
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
          best =
              better(
                  best, new BestEpoch(row.getInteger(EPOCH, 0), row.getDouble(VALIDATION_PSNR, 0)));
        }
      }
    }
    return best;
  }

  /**
   * The epoch with the highest validation PSNR in a history written as CSV with a header, as the
   * {@code sql} command prints the history table (the built-in model ships its history so): empty
   * when no epoch was validated (its cell is empty).
   *
   * @throws IllegalArgumentException when the header lacks the {@value #EPOCH} or {@value
   *     #VALIDATION_PSNR} column
   */
  public static Optional<BestEpoch> bestOfCsv(String csv) {
    List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    List<String> header = List.of(lines.get(0).split(",", -1));
    int epoch = column(header, EPOCH);
    int psnr = column(header, VALIDATION_PSNR);
    Optional<BestEpoch> best = Optional.empty();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (!cells[psnr].isEmpty()) {
        best =
            better(
                best,
                new BestEpoch(Integer.parseInt(cells[epoch]), Double.parseDouble(cells[psnr])));
      }
    }
    return best;
  }

  private static int column(List<String> header, String name) {
    int at = header.indexOf(name);
    if (at < 0) {
      throw new IllegalArgumentException(
          "a training history needs a " + name + " column, its header is " + header);
    }
    return at;
  }

  private static Optional<BestEpoch> better(Optional<BestEpoch> best, BestEpoch epoch) {
    return best.isEmpty() || epoch.validationPsnrDb() > best.get().validationPsnrDb()
        ? Optional.of(epoch)
        : best;
  }

  /**
   * One epoch of a training run and its validation PSNR.
   *
   * @param epoch the 1-based epoch
   * @param validationPsnrDb mean PSNR in dB of the denoised validation images
   */
  public record BestEpoch(int epoch, double validationPsnrDb) {}
}
