/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The standard file names of the labelled datasets, used to recognise their files and to pair an
 * IDX images file with its labels file: {@code train-images-idx3-ubyte} goes with {@code
 * train-labels-idx1-ubyte}, {@code t10k-images.idx3-ubyte.gz} with {@code t10k-labels.idx1-ubyte}
 * or {@code t10k-labels.idx1-ubyte.gz} (either file may be gzipped). Names are compared ignoring
 * case.
 */
public final class DatasetNames {
  private static final Pattern IDX_IMAGES = Pattern.compile(".*images[-.]idx3-ubyte(\\.gz)?");
  private static final Pattern CIFAR_BATCH =
      Pattern.compile("(data_batch_\\d+|test_batch)\\.bin(\\.gz)?");
  private static final String GZ = ".gz";

  private DatasetNames() {}

  /** Whether {@code fileName} is the standard name of an IDX images file. */
  public static boolean isIdxImages(String fileName) {
    return IDX_IMAGES.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
  }

  /** Whether {@code fileName} is the name of a CIFAR-10 batch file. */
  public static boolean isCifarBatch(String fileName) {
    return CIFAR_BATCH.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * The names the labels file of the IDX images file {@code fileName} may have, plain first; empty
   * when {@code fileName} is not a standard images name.
   */
  public static List<String> idxLabelCandidates(String fileName) {
    if (!isIdxImages(fileName)) {
      return List.of();
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    String plain =
        lower.endsWith(GZ) ? fileName.substring(0, fileName.length() - GZ.length()) : fileName;
    int images = plain.toLowerCase(Locale.ROOT).lastIndexOf("images");
    int idx3 = plain.toLowerCase(Locale.ROOT).lastIndexOf("idx3");
    String labels =
        plain.substring(0, images)
            + "labels"
            + plain.substring(images + "images".length(), idx3)
            + "idx1"
            + plain.substring(idx3 + "idx3".length());
    return List.of(labels, labels + GZ);
  }
}
