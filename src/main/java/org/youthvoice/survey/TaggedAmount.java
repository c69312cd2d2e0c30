package org.youthvoice.survey;

import org.youthvoice.base.ShownCount;

/**
 * How much survey evidence a set of framework codes has, in the latest published round of each survey.
 *
 * @param questions questions tagged with any of the codes
 * @param surveys surveys asking them
 * @param responses young people who sent those surveys, under the small-number rules
 */
public record TaggedAmount(int questions, int surveys, ShownCount responses) {
}
