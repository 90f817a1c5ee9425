/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plan;

/**
 * A rectangle of an image in pixels: top-left corner (y, x) and its size.
 *
 * @param y first row
 * @param x first column
 * @param height rows
 * @param width columns
 */
public record Tile(int y, int x, int height, int width) {}
