package org.youthvoice.people.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

/**
 * Short, friendly words for young members' passphrases (easy to read aloud and to type on a phone), and passwords
 * too common to allow.
 */
public final class Words {

    private static final List<String> WORDS = List.of(
            "apple", "beach", "berry", "bird", "boat", "bread", "brick", "bunny", "cake", "camel", "cloud", "comet",
            "coral", "crab", "daisy", "dino", "dolphin", "dragon", "drum", "duck", "eagle", "earth", "fern", "fish",
            "flag", "flower", "forest", "fox", "frog", "garden", "giraffe", "glow", "grape", "hill", "honey", "horse",
            "island", "jelly", "jungle", "kite", "koala", "lake", "lemon", "lion", "lizard", "mango", "maple", "melon",
            "moon", "mouse", "ocean", "orange", "otter", "owl", "panda", "parrot", "peach", "pebble", "penguin",
            "pepper", "pilot", "planet", "plum", "pony", "puzzle", "rabbit", "rainbow", "river", "robin", "rocket",
            "sand", "shell", "snail", "snow", "sock", "spark", "star", "storm", "sun", "swan", "tiger", "toast",
            "train", "tree", "tulip", "turtle", "violin", "wave", "whale", "window", "wolf", "yoyo", "zebra");

    private static final Set<String> COMMON = Set.of("password1234", "password12345", "123456789012", "qwertyuiopas",
            "youthvoice123", "changeme1234", "letmein12345", "welcome12345", "administrator", "passwordpassword",
            "qwerty123456", "iloveyou1234", "111111111111", "000000000000", "abcdefghijkl", "abc123456789");

    private Words() {
    }

    /** Three words and two digits: about 26 bits (a PIN about 20); guessing is stopped by the login lockout. */
    public static String passphrase(SecureRandom random) {
        return WORDS.get(random.nextInt(WORDS.size())) + "-" + WORDS.get(random.nextInt(WORDS.size())) + "-"
                + WORDS.get(random.nextInt(WORDS.size())) + "-" + String.format("%02d", random.nextInt(100));
    }

    public static boolean isCommonPassword(String lowerCase) {
        return COMMON.contains(lowerCase) || lowerCase.chars().distinct().count() < 4;
    }
}
