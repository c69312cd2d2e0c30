package org.youthvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.youthvoice.insight.internal.Redaction;

class RedactionTest {

    @Test
    void names_and_places_are_taken_out_and_common_words_stay() {
        assertThat(Redaction.suggest("Jamie at Oakwood School keeps hitting me and I am scared"))
                .isEqualTo("[name] at [name] keeps hitting me and I am scared");
        assertThat(Redaction.suggest("The club on Portswood Road is great. My carer Sarah Jones drives me on Monday."))
                .isEqualTo("The club on [name] is great. My carer [name] drives me on Monday.");
    }

    @Test
    void e_mail_addresses_phone_numbers_and_postcodes_are_taken_out() {
        assertThat(Redaction.suggest("email me at sam.k@example.org or ring 07700 900123, I live near SO14 7LY"))
                .isEqualTo("email me at [e-mail] or ring [phone], I live near [postcode]");
        assertThat(Redaction.suggest("call +44 (0)23 8083 3000 from SO16")).isEqualTo("call [phone] from [postcode]");
    }

    @Test
    void ordinary_numbers_and_words_are_left_alone() {
        String text = "I am 14 and in year 9, we need 2 more buses 😀 <b>ok</b>";
        assertThat(Redaction.suggest(text)).isEqualTo(text);
    }

    @Test
    void contact_details_are_found_where_a_quote_must_not_have_them() {
        assertThat(Redaction.hasContactDetails("ring 07700 900123")).isTrue();
        assertThat(Redaction.hasContactDetails("near SO14 7LY")).isTrue();
        assertThat(Redaction.hasContactDetails("a@b.co")).isTrue();
        assertThat(Redaction.hasContactDetails("[name] at [school] keeps hitting me")).isFalse();
    }
}
