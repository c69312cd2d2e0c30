package org.youthvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.youthvoice.voting.internal.BallotFile;
import org.youthvoice.voting.internal.BallotFileException;
import org.youthvoice.voting.internal.BallotFileProblem;
import org.youthvoice.voting.internal.RankedBallots;

class BallotFileTest {

    private static final String TOI = """
            # FILE NAME: lunch.toi
            # DATA TYPE: toi
            # NUMBER ALTERNATIVES: 3
            # NUMBER VOTERS: 6
            # NUMBER UNIQUE ORDERS: 3
            # ALTERNATIVE NAME 1: Pizza
            # ALTERNATIVE NAME 2: Pasta
            # ALTERNATIVE NAME 3: Curry
            3: 1,2,3
            2: {1,2},3
            1: 3
            """;

    private static List<BallotFileProblem> problems(BallotFormat format, String text, List<String> options) {
        var refused = catchThrowableOfType(BallotFileException.class, () -> BallotFile.read(format, text, options));
        assertThat(refused).as("the file should be refused").isNotNull();
        assertThat(refused.messageKey()).isEqualTo("voting.file.refused");
        return refused.problems();
    }

    private static List<BallotFileProblem> problems(BallotFormat format, String text) {
        var refused = catchThrowableOfType(BallotFileException.class, () -> BallotFile.read(format, text, null));
        assertThat(refused).as("the file should be refused").isNotNull();
        return refused.problems();
    }

    @Test
    void preflib_toi_names_the_options_and_reads_equal_rankings_as_overvotes() {
        var ballots = BallotFile.read(BallotFormat.PREFLIB_TOI, TOI, null);

        assertThat(ballots.options()).containsExactly("Pizza", "Pasta", "Curry");
        assertThat(ballots.ballots()).isEqualTo(6);
        assertThat(ballots.groups()).isEqualTo(3);
        assertThat(ballots.preference(1, 0)).isEqualTo(RankedBallots.OVERVOTE);
        assertThat(ballots.preference(2, 0)).isEqualTo(2);
    }

    @Test
    void preflib_names_are_matched_to_the_ballot_options_in_the_ballots_own_order() {
        var ballots = BallotFile.read(BallotFormat.PREFLIB_TOI, TOI, List.of("curry", "PASTA", "Pizza"));

        assertThat(ballots.options()).containsExactly("curry", "PASTA", "Pizza");
        assertThat(ballots.preference(0, 0)).isEqualTo(2);
        assertThat(ballots.preference(2, 0)).isEqualTo(0);
    }

    @Test
    void preflib_names_not_on_the_ballot_are_refused_at_their_line() {
        assertThat(problems(BallotFormat.PREFLIB_TOI, TOI, List.of("Pizza", "Pasta", "Chips")))
                .containsExactly(BallotFileProblem.at(8, "voting.file.unknownOption", "Curry"));
    }

    @Test
    void preflib_soi_refuses_equal_rankings() {
        assertThat(problems(BallotFormat.PREFLIB_SOI, TOI))
                .containsExactly(BallotFileProblem.at(10, "voting.file.tiesNotAllowed", "{1,2},3"));
    }

    @Test
    void every_bad_line_is_reported_with_its_number_and_reason_and_nothing_is_read() {
        String text = """
                # NUMBER ALTERNATIVES: 3
                # ALTERNATIVE NAME 1: Pizza
                # ALTERNATIVE NAME 2: Pasta
                # ALTERNATIVE NAME 3: Curry
                3: 1,2,3
                2: 1,7
                2; 1,2
                0: 1
                1: 1,2,1
                1: 1,,2
                1: {1,2
                x: 1
                """;

        assertThat(problems(BallotFormat.PREFLIB_TOI, text)).containsExactly(
                BallotFileProblem.at(6, "voting.file.unknownAlternative", 7),
                BallotFileProblem.at(7, "voting.file.syntax", "2; 1,2"),
                BallotFileProblem.at(8, "voting.file.badCount", "0"),
                BallotFileProblem.at(9, "voting.file.rankedTwice", 1),
                BallotFileProblem.at(10, "voting.file.syntax", "1,,2"),
                BallotFileProblem.at(11, "voting.file.unclosedBrace", "{1,2"),
                BallotFileProblem.at(12, "voting.file.badCount", "x"));
    }

    @Test
    void counts_that_do_not_add_up_to_the_declared_voters_are_refused() {
        String text = TOI.replace("# NUMBER VOTERS: 6", "# NUMBER VOTERS: 7");

        assertThat(problems(BallotFormat.PREFLIB_TOI, text))
                .containsExactly(BallotFileProblem.at(4, "voting.file.votersMismatch", 7, 6));
    }

    @Test
    void ranking_lines_that_do_not_match_the_declared_unique_orders_are_refused() {
        String text = TOI.replace("# NUMBER UNIQUE ORDERS: 3", "# NUMBER UNIQUE ORDERS: 4");

        assertThat(problems(BallotFormat.PREFLIB_TOI, text))
                .containsExactly(BallotFileProblem.at(5, "voting.file.ordersMismatch", 4, 3));
    }

    @Test
    void missing_headers_and_names_are_reported() {
        String noCount = """
                # ALTERNATIVE NAME 1: Pizza
                1: 1
                """;
        String missingName = """
                # NUMBER ALTERNATIVES: 2
                # ALTERNATIVE NAME 1: Pizza
                # ALTERNATIVE NAME 1: Pasta
                1: 1
                """;

        assertThat(problems(BallotFormat.PREFLIB_TOI, noCount)).extracting(BallotFileProblem::line,
                BallotFileProblem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "voting.file.missingHeader"),
                        org.assertj.core.groups.Tuple.tuple(2, "voting.file.unknownAlternative"));
        assertThat(problems(BallotFormat.PREFLIB_TOI, missingName)).containsExactly(
                BallotFileProblem.at(1, "voting.file.missingName", 2),
                BallotFileProblem.at(3, "voting.file.alternativeNamedTwice", 1, 2));
    }

    @Test
    void a_file_of_other_preflib_data_is_refused() {
        String text = TOI.replace("# DATA TYPE: toi", "# DATA TYPE: cat");

        assertThat(problems(BallotFormat.PREFLIB_TOI, text))
                .containsExactly(BallotFileProblem.at(2, "voting.file.notRanking", "cat"));
    }

    @Test
    void a_file_without_ballots_is_refused() {
        assertThat(problems(BallotFormat.PREFLIB_TOI, "# NUMBER ALTERNATIVES: 1\n# ALTERNATIVE NAME 1: Pizza\n"))
                .containsExactly(BallotFileProblem.at(2, "voting.file.noBallots"));
    }

    @Test
    void csv_reads_one_ballot_per_row_after_the_header() {
        String csv = """
                1st,2nd,3rd
                Pizza,Pasta,Curry
                "Fish, chips",Pizza,
                pizza,,Curry

                ,,
                Pasta,Pasta,Pizza
                """;
        var options = List.of("Pizza", "Pasta", "Curry", "Fish, chips");

        var ballots = BallotFile.read(BallotFormat.CSV, csv, options);

        assertThat(ballots.options()).isEqualTo(options);
        assertThat(ballots.ballots()).isEqualTo(4);
        assertThat(ballots.blankBallots()).isEqualTo(1);
        // "pizza,,Curry": the skipped 2nd choice is ignored, Curry moves up.
        assertThat(ballots.preference(2, 1)).isEqualTo(2);
        // "Pasta,Pasta,Pizza": the repeat is ignored, Pizza is the 2nd choice.
        assertThat(ballots.length(3)).isEqualTo(2);
        assertThat(ballots.preference(3, 1)).isEqualTo(0);
    }

    @Test
    void csv_without_a_ballot_list_takes_options_in_order_of_first_appearance() {
        var ballots = BallotFile.read(BallotFormat.CSV, "Choice 1,Choice 2\nB,A\nC\n", null);

        assertThat(ballots.options()).containsExactly("B", "A", "C");
    }

    @Test
    void csv_problems_are_reported_with_line_numbers() {
        String csv = """
                1st,2nd
                Pizza,Chips
                Pizza,Pasta,Curry
                "Pizza,Pasta
                Pasta,Pizza
                """;

        assertThat(problems(BallotFormat.CSV, csv, List.of("Pizza", "Pasta", "Curry"))).containsExactly(
                BallotFileProblem.at(2, "voting.file.unknownOption", "Chips"),
                BallotFileProblem.at(3, "voting.file.tooManyColumns", 3, 2),
                BallotFileProblem.at(4, "voting.file.unclosedQuote", "\"Pizza,Pasta"));
    }

    @Test
    void an_empty_csv_has_no_header() {
        assertThat(problems(BallotFormat.CSV, "\n", List.of("Pizza")))
                .containsExactly(BallotFileProblem.at(1, "voting.file.missingHeader", "1st,2nd,3rd"));
    }

    @Test
    void the_format_follows_the_file_name() {
        assertThat(BallotFormat.forFileName("Burlington.TOI")).contains(BallotFormat.PREFLIB_TOI);
        assertThat(BallotFormat.forFileName("x.soi")).contains(BallotFormat.PREFLIB_SOI);
        assertThat(BallotFormat.forFileName("paper.csv")).contains(BallotFormat.CSV);
        assertThat(BallotFormat.forFileName("notes.txt")).isEmpty();
    }
}
