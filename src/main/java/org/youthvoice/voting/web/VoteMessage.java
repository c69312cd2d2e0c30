package org.youthvoice.voting.web;

import org.jspecify.annotations.Nullable;

/**
 * A short page about a vote: thank you, closed, not found, already voted.
 *
 * @param caption a line above the heading that says which vote this is (the forum, or the question), if known
 * @param status whether the words are news to announce (thank you), read out without moving focus
 */
public record VoteMessage(String heading, @Nullable String caption, String text, boolean status) {
}
