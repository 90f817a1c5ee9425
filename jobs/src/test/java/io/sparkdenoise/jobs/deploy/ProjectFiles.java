/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The checkout the tests run in (surefire runs in jobs/, so the root is {@code ..}): the files of
 * deploy/ and conf/, and what the build makes, read from the poms, so that nothing here can go
 * stale when a version or a classifier changes.
 */
final class ProjectFiles {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Where the images of deploy/docker/ put the project's files. */
  static final String IMAGE_HOME = "/opt/spark-denoise/";

  private ProjectFiles() {}

  /** Every regular file under {@code deploy/} and {@code conf/}, sorted. */
  static List<Path> deployAndConfFiles() {
    return Stream.of("deploy", "conf")
        .flatMap(dir -> walk(ROOT.resolve(dir)).stream())
        .sorted()
        .collect(Collectors.toList());
  }

  /**
   * The Markdown files under {@code docs/}, sorted: the reference pages the README points to, whose
   * command lines are checked like the README's.
   */
  static List<Path> docs() {
    return walk(ROOT.resolve("docs")).stream()
        .filter(f -> f.getFileName().toString().endsWith(".md"))
        .collect(Collectors.toList());
  }

  /** Every regular file under {@code dir}. */
  static List<Path> walk(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code deploy/k8s/x.yaml} for a file of the checkout. */
  static String relative(Path file) {
    return ROOT.relativize(file).toString();
  }

  /** The project version, from the parent pom. */
  static String version() {
    return text(pom(ROOT.resolve("pom.xml")).getDocumentElement(), "version");
  }

  /** A property of the parent pom's default properties. */
  static String property(String name) {
    Element properties =
        (Element) pom(ROOT.resolve("pom.xml")).getElementsByTagName("properties").item(0);
    return text(properties, name);
  }

  /**
   * The shaded jars the build writes to jobs/target: {@code spark-denoise-jobs-VERSION-CLASSIFIER
   * .jar} for the default shaded classifier and each profile's.
   */
  static Set<String> buildJars() {
    Document parent = pom(ROOT.resolve("pom.xml"));
    String artifact = text(pom(ROOT.resolve("jobs/pom.xml")).getDocumentElement(), "artifactId");
    Set<String> jars = new TreeSet<>();
    NodeList classifiers = parent.getElementsByTagName("shaded.classifier");
    for (int i = 0; i < classifiers.getLength(); i++) {
      jars.add(artifact + "-" + version() + "-" + classifiers.item(i).getTextContent() + ".jar");
    }
    return jars;
  }

  /**
   * The directories jobs/pom.xml has the build fill under jobs/target ({@code outputDirectory}s of
   * its plugins), relative to the project root, e.g. {@code jobs/target/s3a-jars}.
   */
  static Set<String> buildDirectories() {
    NodeList outputs = pom(ROOT.resolve("jobs/pom.xml")).getElementsByTagName("outputDirectory");
    Set<String> dirs = new TreeSet<>();
    for (int i = 0; i < outputs.getLength(); i++) {
      dirs.add(
          outputs
              .item(i)
              .getTextContent()
              .trim()
              .replace("${project.build.directory}", "jobs/target"));
    }
    return dirs;
  }

  /** The Dockerfiles under deploy/. */
  static List<Path> dockerfiles() {
    return walk(ROOT.resolve("deploy")).stream()
        .filter(f -> f.getFileName().toString().startsWith("Dockerfile"))
        .collect(Collectors.toList());
  }

  /** Every shell script under deploy/ and conf/: a {@code .sh} name or a bash/sh shebang. */
  static List<Path> shellScripts() {
    List<Path> scripts = new ArrayList<>();
    for (Path f : deployAndConfFiles()) {
      String text = read(f);
      if (f.toString().endsWith(".sh")
          || text.startsWith("#!/usr/bin/env bash")
          || text.startsWith("#!/bin/bash")
          || text.startsWith("#!/bin/sh")) {
        scripts.add(f);
      }
    }
    return scripts;
  }

  /** A YAML mapping, as SnakeYAML loads it. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object yaml) {
    if (!(yaml instanceof Map)) {
      throw new IllegalArgumentException("not a YAML mapping: " + yaml);
    }
    return (Map<String, Object>) yaml;
  }

  private static Document pom(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The text of the first direct child {@code name} of {@code parent}. */
  private static String text(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    throw new IllegalStateException("no <" + name + "> in <" + parent.getTagName() + ">");
  }
}
