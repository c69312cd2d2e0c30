package org.youthvoice.voting.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The lot for one count, drawn before counting starts: the options shuffled (Fisher-Yates) by a
 * {@link SplittableRandom} seeded with the count's seed. A tie that no earlier round settles goes to the option that
 * comes first in this order. Drawing it up front, from a stated seed, makes a recount give the same answer and lets
 * anyone check the draw.
 */
final class Lot {

    private final int[] position;
    private final List<Integer> order;

    Lot(int options, long seed) {
        int[] drawn = new int[options];
        for (int i = 0; i < options; i++) {
            drawn[i] = i;
        }
        var random = new SplittableRandom(seed);
        for (int i = options - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = drawn[i];
            drawn[i] = drawn[j];
            drawn[j] = swap;
        }
        position = new int[options];
        order = new ArrayList<>(options);
        for (int i = 0; i < options; i++) {
            position[drawn[i]] = i;
            order.add(drawn[i]);
        }
    }

    int position(int option) {
        return position[option];
    }

    List<String> names(List<String> options) {
        return order.stream().map(options::get).toList();
    }
}
