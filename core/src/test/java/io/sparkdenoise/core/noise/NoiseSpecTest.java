/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoiseSpecTest {
  @Test
  void aMixtureParsesIntoWeightedComponentsWithDefaultsFilledIn() {
    NoiseSpec spec = NoiseSpec.parse("0.7*gaussian:sigma=5..50|0.3*salt-pepper:amount=0.02..0.1");

    assertThat(spec.components())
        .containsExactly(
            new NoiseComponent(
                0.7, "gaussian", new TreeMap<>(Map.of("sigma", new ParameterRange(5, 50)))),
            new NoiseComponent(
                0.3,
                "salt-pepper",
                new TreeMap<>(
                    Map.of(
                        "amount",
                        new ParameterRange(0.02, 0.1),
                        "salt",
                        ParameterRange.fixed(0.5)))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "gaussian:sigma=25; gaussian:sigma=25",
        "gaussian:sigma=25.0; gaussian:sigma=25",
        "gaussian:sigma=2.5e1; gaussian:sigma=25",
        "gaussian:sigma=5..5; gaussian:sigma=5",
        "gaussian:sigma=5..50; gaussian:sigma=5..50",
        "salt-pepper:amount=0.05; salt-pepper:amount=0.05,salt=0.5",
        "salt-pepper:salt=0.2,amount=.05; salt-pepper:amount=0.05,salt=0.2",
        "1*poisson:peak=10..100; poisson:peak=10..100",
        "speckle:sigma=1e-7; speckle:sigma=1E-7",
        "2*speckle:sigma=0.1|gaussian:sigma=3; 2*speckle:sigma=0.1|gaussian:sigma=3",
        "0.7*gaussian:sigma=5..50|0.3*salt-pepper:amount=0.02..0.1;"
            + " 0.7*gaussian:sigma=5..50|0.3*salt-pepper:amount=0.02..0.1,salt=0.5",
      })
  void toStringIsCanonicalAndParsesBackToAnEqualSpec(String written, String canonical) {
    NoiseSpec spec = NoiseSpec.parse(written);

    assertThat(spec.toString()).isEqualTo(canonical);
    NoiseSpec reparsed = NoiseSpec.parse(canonical);
    assertThat(reparsed).isEqualTo(spec).hasSameHashCodeAs(spec);
    assertThat(reparsed.toString()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        "gausian:sigma=25; unknown noise model 'gausian'"
            + " (known: gaussian, poisson, salt-pepper, scan, scanner, speckle)",
        "gaussian:sigma=25,mu=0; unknown parameter 'mu' for gaussian (known: sigma)",
        "gaussian: sigma=25; unknown parameter ' sigma' for gaussian (known: sigma)",
        "gaussian; missing parameter 'sigma' for gaussian",
        "salt-pepper:salt=0.5; missing parameter 'amount' for salt-pepper",
        "gaussian:sigma=50..5; range must be low..high with finite low <= high, got 50..5",
        "gaussian:sigma=300; sigma must be in (0, 255], got 300",
        "gaussian:sigma=5..300; sigma must be in (0, 255], got 300",
        "gaussian:sigma=abc; not a number: 'abc'",
        "gaussian:sigma=NaN; not a number: 'NaN'",
        "gaussian:sigma=0x10; not a number: '0x10'",
        "gaussian:sigma=1e999; number out of range: '1e999'",
        "gaussian:sigma; expected key=value, got 'sigma'",
        "gaussian:; expected key=value, got ''",
        "gaussian:sigma=5,sigma=6; parameter 'sigma' given twice",
        "0*gaussian:sigma=5; weight must be finite and > 0, got 0",
        "-1*gaussian:sigma=5; weight must be finite and > 0, got -1",
        "x*gaussian:sigma=5; not a number: 'x'",
      })
  void aBadComponentIsQuotedWithWhatIsWrong(String spec, String reason) {
    assertThatThrownBy(() -> NoiseSpec.parse(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad noise spec component '" + spec + "': " + reason);
  }

  @Test
  void inAMixtureOnlyTheBadComponentIsQuoted() {
    assertThatThrownBy(() -> NoiseSpec.parse("gaussian:sigma=5|0.3*salt-pepper:amount=2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bad noise spec component '0.3*salt-pepper:amount=2':"
                + " amount must be in (0, 1], got 2");
    assertThatThrownBy(() -> NoiseSpec.parse("gaussian:sigma=5|"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad noise spec component '': empty component");
  }

  @Test
  void anEmptySpecIsRejected() {
    assertThatThrownBy(() -> NoiseSpec.parse(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("noise spec must not be empty");
  }

  @Test
  void aSpecSurvivesJavaSerializationForShippingToExecutors() throws Exception {
    NoiseSpec spec = NoiseSpec.parse("0.7*gaussian:sigma=5..50|0.3*poisson:peak=10");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(spec);
    }
  }
}
