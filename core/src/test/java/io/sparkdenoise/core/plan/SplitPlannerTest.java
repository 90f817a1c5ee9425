/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitPlannerTest {
  private final SplitPlanner planner = new SplitPlanner(0.8, 0.1, 0.1);

  @Test
  void fractionsOfManyImagesFollowTheConfiguredSplit() {
    int n = 20_000;
    Map<Split, Integer> counts = new EnumMap<>(Split.class);
    for (int i = 0; i < n; i++) {
      counts.merge(planner.splitOf(ImageIds.forPage("file:/mnist", i)), 1, Integer::sum);
    }
    // Binomial standard deviation of a fraction p over n draws is sqrt(p(1-p)/n); allow 5 of them.
    assertThat(counts.get(Split.TRAIN) / (double) n)
        .isCloseTo(0.8, within(5 * Math.sqrt(0.16 / n)));
    assertThat(counts.get(Split.VALIDATION) / (double) n)
        .isCloseTo(0.1, within(5 * Math.sqrt(0.09 / n)));
    assertThat(counts.get(Split.TEST) / (double) n).isCloseTo(0.1, within(5 * Math.sqrt(0.09 / n)));
  }

  @Test
  void anImagesSplitDependsOnlyOnItsId() {
    String id = ImageIds.forPage("hdfs:///corpus/page.png", 0);

    assertThat(new SplitPlanner(0.8, 0.1, 0.1).splitOf(id)).isEqualTo(planner.splitOf(id));
  }

  @Test
  void growingTheTrainingFractionOnlyMovesImagesIntoTraining() {
    SplitPlanner larger = new SplitPlanner(0.9, 0.05, 0.05);
    for (int i = 0; i < 2_000; i++) {
      String id = ImageIds.forPage("file:/x", i);
      if (planner.splitOf(id) == Split.TRAIN) {
        assertThat(larger.splitOf(id)).isEqualTo(Split.TRAIN);
      }
    }
  }

  @Test
  void aZeroFractionIsNeverDrawn() {
    SplitPlanner noValidation = new SplitPlanner(0.5, 0.0, 0.5);
    for (int i = 0; i < 2_000; i++) {
      assertThat(noValidation.splitOf(ImageIds.forPage("file:/x", i)))
          .isNotEqualTo(Split.VALIDATION);
    }
  }

  @Test
  void rejectsFractionsOutsideTheUnitIntervalOrNotAddingUpToOne() {
    assertThatThrownBy(() -> new SplitPlanner(1.5, 0, -0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("split fraction train must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> new SplitPlanner(0.8, 0.1, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("split fractions must add up to 1, got train 0.8");
  }

  @Test
  void labelsRoundTrip() {
    for (Split s : Split.values()) {
      assertThat(Split.fromLabel(s.label())).isEqualTo(s);
    }
    assertThatThrownBy(() -> Split.fromLabel("dev"))
        .hasMessage("split must be one of train, validation, test; got 'dev'");
  }

  @Test
  void aListOfSplitsIsCommaSeparatedLabelsInAnyOrder() {
    assertThat(Split.listOf("test")).containsExactly(Split.TEST);
    assertThat(Split.listOf(" test, train ,test")).containsExactly(Split.TRAIN, Split.TEST);
    assertThat(Split.labels(Split.listOf("test,validation,train")))
        .isEqualTo("train,validation,test");
    assertThatThrownBy(() -> Split.listOf("train,,test"))
        .hasMessage("must be split names separated by commas, e.g. train,validation");
    assertThatThrownBy(() -> Split.listOf("train,dev"))
        .hasMessage("split must be one of train, validation, test; got 'dev'");
  }
}
