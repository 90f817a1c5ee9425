#!/usr/bin/env bash
# Native (off-heap) memory of inference and training per preset, image size and batch size, one
# JVM per case (io.sparkdenoise.bench.OffHeapSizing); prints a Markdown table for BENCHMARKS.md.
# Build first: ./mvnw -q -B -pl core,bench -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
[[ -f "$jar" ]] || { echo "offheap-sizing: build first: ./mvnw -q -B -pl core,bench -am package -DskipTests" >&2; exit 2; }
echo "| preset | image | batch | inference MiB | inference B/pixel | training MiB | training B/pixel |"
echo "|---|---|---:|---:|---:|---:|---:|"
for c in "seed 28 64" "seed 28 256" "seed 64 64" "seed 128 16" "seed 128 64" "seed 256 16" \
         "dncnn 28 64" "dncnn 64 16" "dncnn 128 16"; do
  # shellcheck disable=SC2086 # $c is three arguments
  java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -Dorg.bytedeco.javacpp.maxbytes=12g \
    -Dorg.bytedeco.javacpp.maxphysicalbytes=16g -Dlog4j2.configurationFile=conf/log4j2.properties \
    -cp "$jar" io.sparkdenoise.bench.OffHeapSizing $c 2>/dev/null
done
