/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.core.codec.IdxReader;
import io.sparkdenoise.core.ingest.DatasetNames;
import io.sparkdenoise.jobs.executor.HadoopConf;
import io.sparkdenoise.jobs.executor.ParquetInputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * The rule of {@code --format auto}, decided on the driver from names and at most four bytes:
 *
 * <ul>
 *   <li>a glob, or anything matching several paths: {@link InputFormat#FILES};
 *   <li>a directory: {@link InputFormat#PARQUET} if it directly holds a {@code *.parquet} file
 *       ({@link ParquetInputs}), else {@link InputFormat#IDX} if it directly holds an IDX images
 *       file by its standard name, else {@link InputFormat#CIFAR} if it directly holds a CIFAR
 *       batch ({@code data_batch_N.bin}, {@code test_batch.bin}, optionally {@code .gz}), else
 *       {@link InputFormat#FILES};
 *   <li>a file: {@link InputFormat#PARQUET} if named {@code *.parquet}, {@link InputFormat#IDX} if
 *       named like IDX images or starting with the IDX images magic {@code 00 00 08 03}, {@link
 *       InputFormat#CIFAR} if named like a CIFAR batch, else {@link InputFormat#FILES}.
 * </ul>
 */
final class FormatDetector {
  private FormatDetector() {}

  /** The format of {@code input} by the rule above; fails when nothing matches it. */
  static InputFormat detect(HadoopConf conf, String input) throws IOException {
    List<FileStatus> matches = InputFiles.matches(conf, input);
    if (matches.size() != 1 || input.matches(".*[*?\\[{].*")) {
      return InputFormat.FILES;
    }
    FileStatus match = matches.get(0);
    if (!match.isDirectory()) {
      return ofFile(conf, match.getPath());
    }
    List<String> names = new ArrayList<>();
    for (FileStatus child : conf.fileSystem(match.getPath()).listStatus(match.getPath())) {
      String name = child.getPath().getName();
      if (child.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
        names.add(name);
      }
    }
    if (names.stream().anyMatch(ParquetInputs::isParquetName)) {
      return InputFormat.PARQUET;
    }
    if (names.stream().anyMatch(DatasetNames::isIdxImages)) {
      return InputFormat.IDX;
    }
    if (names.stream().anyMatch(DatasetNames::isCifarBatch)) {
      return InputFormat.CIFAR;
    }
    return InputFormat.FILES;
  }

  private static InputFormat ofFile(HadoopConf conf, Path file) throws IOException {
    String name = file.getName();
    if (ParquetInputs.isParquetName(name)) {
      return InputFormat.PARQUET;
    }
    if (DatasetNames.isIdxImages(name) || startsWithIdxMagic(conf, file)) {
      return InputFormat.IDX;
    }
    return DatasetNames.isCifarBatch(name) ? InputFormat.CIFAR : InputFormat.FILES;
  }

  private static boolean startsWithIdxMagic(HadoopConf conf, Path file) throws IOException {
    try (InputStream in = conf.fileSystem(file).open(file)) {
      byte[] magic = in.readNBytes(Integer.BYTES);
      return magic.length == Integer.BYTES
          && ByteBuffer.wrap(magic).getInt() == IdxReader.IMAGES_MAGIC;
    }
  }
}
