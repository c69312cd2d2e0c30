package org.youthvoice.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.youthvoice.base.WorkingDays;

/** A member's "tell someone now" message is due by the end of a working day: never a weekend or a bank holiday. */
class TellSomeoneNowDueByTest {

    private static final LocalTime FIVE = LocalTime.of(17, 0);
    private static final WorkingDays DAYS = WorkingDays.of(List.of(LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));

    private static LocalDateTime due(String sent) {
        return TellSomeoneNow.dueBy(LocalDateTime.parse(sent), FIVE, DAYS);
    }

    @Test
    void a_message_in_working_hours_is_due_the_same_day() {
        assertThat(due("2026-12-23T10:15")).isEqualTo(LocalDateTime.parse("2026-12-23T17:00"));
    }

    @Test
    void after_hours_it_is_due_the_next_working_day_skipping_weekends_and_holidays() {
        assertThat(due("2026-12-23T17:00")).isEqualTo(LocalDateTime.parse("2026-12-24T17:00"));
        assertThat(due("2026-12-24T18:30")).as("Christmas Eve evening: Friday and Monday are holidays")
                .isEqualTo(LocalDateTime.parse("2026-12-29T17:00"));
        assertThat(due("2026-12-25T09:00")).as("on Christmas Day").isEqualTo(LocalDateTime.parse("2026-12-29T17:00"));
        assertThat(due("2026-12-31T20:00")).as("New Year's Eve night").isEqualTo(LocalDateTime.parse("2027-01-04T17:00"));
        assertThat(due("2026-11-21T11:00")).as("a Saturday").isEqualTo(LocalDateTime.parse("2026-11-23T17:00"));
    }

    @Test
    void the_bundled_list_knows_the_bank_holidays_of_england_and_wales() {
        var bundled = new org.springframework.core.io.ClassPathResource(
                "working-days/bank-holidays-england-and-wales.txt");
        var days = WorkingDays.from(bundled, List.of());
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day's substitute, 2026").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2027, 3, 26))).as("Good Friday 2027").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2028, 1, 3))).as("New Year's substitute, 2028").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void with_no_holidays_it_is_due_by_the_end_of_the_working_day_or_of_the_next_one_after_hours_and_at_weekends() {
        LocalTime five = LocalTime.of(17, 0);
        // Wednesday 2026-11-25
        assertThat(TellSomeoneNow.dueBy(LocalDateTime.of(2026, 11, 25, 9, 30), five, org.youthvoice.base.WorkingDays.of(java.util.List.of())))
                .isEqualTo(LocalDateTime.of(2026, 11, 25, 17, 0));
        assertThat(TellSomeoneNow.dueBy(LocalDateTime.of(2026, 11, 25, 17, 0), five, org.youthvoice.base.WorkingDays.of(java.util.List.of())))
                .isEqualTo(LocalDateTime.of(2026, 11, 26, 17, 0));
        // Friday evening and Saturday: Monday
        assertThat(TellSomeoneNow.dueBy(LocalDateTime.of(2026, 11, 27, 20, 0), five, org.youthvoice.base.WorkingDays.of(java.util.List.of())))
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 17, 0));
        assertThat(TellSomeoneNow.dueBy(LocalDateTime.of(2026, 11, 28, 10, 0), five, org.youthvoice.base.WorkingDays.of(java.util.List.of())))
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 17, 0));
    }
}
