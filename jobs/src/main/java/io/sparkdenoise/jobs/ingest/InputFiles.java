/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.jobs.executor.HadoopConf;
import io.sparkdenoise.jobs.executor.ImageFileListing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists an input on the driver for the dataset formats (a few large files): the paths a glob
 * matches, directories expanded recursively, hidden names ({@code .x}, {@code _x}) skipped as Spark
 * skips them. Image folders are listed by Spark instead, see {@link FileSource}.
 */
final class InputFiles {
  private InputFiles() {}

  /** What {@code input} matches, directories and files as given; fails when nothing matches. */
  static List<FileStatus> matches(HadoopConf conf, String input) throws IOException {
    return List.of(ImageFileListing.matches(conf, input));
  }

  /** Every non-hidden file under the matches of {@code input}, sorted by path. */
  static List<FileStatus> files(HadoopConf conf, String input) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus match : matches(conf, input)) {
      if (!match.isDirectory()) {
        files.add(match);
        continue;
      }
      RemoteIterator<LocatedFileStatus> it =
          conf.fileSystem(match.getPath()).listFiles(match.getPath(), true);
      while (it.hasNext()) {
        LocatedFileStatus file = it.next();
        if (!hidden(file.getPath(), match.getPath())) {
          files.add(file);
        }
      }
    }
    files.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
    return files;
  }

  /** Whether any name between {@code root} (exclusive) and {@code path} is hidden. */
  static boolean hidden(Path path, Path root) {
    for (Path p = path; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
