/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pages;

import io.sparkdenoise.core.ingest.Sha256;
import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.core.synth.FontFiles;
import io.sparkdenoise.jobs.executor.FileUris;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The font files of {@code pages.fonts}, read on the driver (any Hadoop file system): their bytes,
 * which travel to the executors, and their provenance. A directory stands for the {@code .ttf} and
 * {@code .otf} files below it, in path order, so the same directory gives the same corpus.
 *
 * @param files the fonts, in the order listed
 * @param inputs each file's URI, size, time and SHA-256
 */
record PageFonts(FontFiles files, List<InputFile> inputs) {
  /**
   * Reads the files and directories {@code uris}.
   *
   * @throws IllegalArgumentException if one does not exist, a directory holds no font file, or a
   *     file is not a font
   */
  static PageFonts read(Configuration conf, List<String> uris) throws IOException {
    List<FileStatus> statuses = new ArrayList<>();
    for (String uri : uris) {
      statuses.addAll(list(conf, new Path(uri)));
    }
    List<FontFiles.Source> files = new ArrayList<>();
    List<InputFile> inputs = new ArrayList<>();
    for (FileStatus status : statuses) {
      byte[] file;
      try (InputStream in = status.getPath().getFileSystem(conf).open(status.getPath())) {
        file = in.readAllBytes();
      }
      String uri = FileUris.uri(status.getPath());
      files.add(new FontFiles.Source(uri, file));
      inputs.add(
          InputFile.withSha256(
              uri,
              file.length,
              Instant.ofEpochMilli(status.getModificationTime()),
              Sha256.hex(file)));
    }
    try {
      return new PageFonts(FontFiles.of(files), List.copyOf(inputs));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(PagesConfig.FONTS + ": " + e.getMessage(), e);
    }
  }

  private static List<FileStatus> list(Configuration conf, Path path) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    FileStatus status;
    try {
      status = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      throw new IllegalArgumentException(PagesConfig.FONTS + ": no such file " + path, e);
    }
    if (status.isFile()) {
      return List.of(status);
    }
    List<FileStatus> fonts = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(path, true);
    while (files.hasNext()) {
      LocatedFileStatus file = files.next();
      String name = file.getPath().getName().toLowerCase(Locale.ROOT);
      if (name.endsWith(".ttf") || name.endsWith(".otf")) {
        fonts.add(file);
      }
    }
    if (fonts.isEmpty()) {
      throw new IllegalArgumentException(PagesConfig.FONTS + ": no .ttf or .otf files in " + path);
    }
    fonts.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
    return fonts;
  }
}
