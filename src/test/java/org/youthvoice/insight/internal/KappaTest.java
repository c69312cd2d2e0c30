package org.youthvoice.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KappaTest {

    /**
     * The worked example in most textbooks (and Wikipedia's "Cohen's kappa"): 50 proposals, both readers say yes to
     * 20 and no to 15, A yes B no 5, A no B yes 10. Observed 0.70, chance 0.50, kappa 0.40 ("fair").
     */
    @Test
    void the_textbook_example_gives_kappa_point_four() {
        var kappa = new Kappa(20, 5, 10, 15);
        assertThat(kappa.items()).isEqualTo(50);
        assertThat(kappa.observed()).isCloseTo(0.70, within(1e-9));
        assertThat(kappa.expected()).isCloseTo(0.50, within(1e-9));
        assertThat(kappa.kappa()).isCloseTo(0.40, within(1e-9));
        assertThat(kappa.band()).isEqualTo(Kappa.Band.FAIR);
    }

    /** Fleiss, Levin and Paik's second example: 45/15/25/15 of 100 gives observed 0.60, chance 0.54, kappa 0.1304. */
    @Test
    void a_second_worked_example_gives_a_slight_agreement() {
        var kappa = new Kappa(45, 15, 25, 15);
        assertThat(kappa.expected()).isCloseTo(0.54, within(1e-9));
        assertThat(kappa.kappa()).isCloseTo(0.06 / 0.46, within(1e-9));
        assertThat(kappa.band()).isEqualTo(Kappa.Band.SLIGHT);
    }

    @Test
    void full_agreement_is_one_and_agreement_by_chance_alone_is_zero() {
        assertThat(new Kappa(10, 0, 0, 10).kappa()).isEqualTo(1.0);
        assertThat(new Kappa(10, 0, 0, 10).band()).isEqualTo(Kappa.Band.ALMOST_PERFECT);
        assertThat(new Kappa(25, 25, 25, 25).kappa()).isCloseTo(0.0, within(1e-9));
        assertThat(new Kappa(0, 10, 10, 0).band()).isEqualTo(Kappa.Band.POOR);
    }

    @Test
    void kappa_is_undefined_when_both_coders_said_no_to_everything() {
        assertThat(new Kappa(0, 0, 0, 12).kappa()).isNaN();
        assertThat(new Kappa(0, 0, 0, 12).band()).isEqualTo(Kappa.Band.UNDEFINED);
        assertThat(new Kappa(0, 0, 0, 0).band()).isEqualTo(Kappa.Band.UNDEFINED);
    }

    @Test
    void pooling_adds_the_tables() {
        assertThat(new Kappa(1, 2, 3, 4).plus(new Kappa(10, 20, 30, 40))).isEqualTo(new Kappa(11, 22, 33, 44));
    }
}
