package org.youthvoice.insight.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first go at de-identifying a comment, for an officer to check and finish: e-mail addresses, phone numbers and UK
 * postcodes become {@code [e-mail]}, {@code [phone]} and {@code [postcode]}, and capitalised words that are not common
 * sentence words (names of people, schools, streets, places) become {@code [name]}. It over-redacts rather than
 * under-redacts, and it cannot know every way a comment could point at someone: an officer always reads the result.
 */
public final class Redaction {

    static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    /** Full UK postcodes ("SO14 7LY", "so147ly"), and the outward part on its own in capitals ("SO14"). */
    static final Pattern POSTCODE = Pattern.compile(
            "(?i:\\b[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2}\\b)|\\b[A-Z]{2}[0-9]{1,2}[A-Z]?\\b");
    static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\d(?:[\\s()-]*\\d){8,13}(?![\\p{L}\\p{N}])");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}\\[])\\p{Lu}\\p{Ll}[\\p{L}'’-]*");
    /** Names joined, and place words that finish a name ("[name] School", "[name] Road"), become one. */
    private static final Pattern JOINED_NAMES = Pattern.compile("\\[name](?:\\s+(?:\\[name]|(?:School|College|Academy|"
            + "Road|Street|Lane|Avenue|Close|Park|Centre|Center|Club|House|Hall|Church|Hospital|Station|Estate|"
            + "Primary|High|Youth|Sports|Library|Court|Way|Drive|Crescent|Green|Hill)\\b))+");
    /** Words that start sentences or are capitalised for other reasons and say nothing about who anyone is. */
    private static final Set<String> COMMON = Set.of("i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll",
            "the", "a", "an", "we", "my", "me", "it", "it's", "it’s", "its", "he", "she", "they", "them", "there",
            "this", "that", "these", "those", "when", "what", "why", "how", "who", "where", "which", "but", "and", "or",
            "so", "if", "please", "our", "you", "your", "can", "could", "would", "should", "is", "are", "was", "were",
            "do", "does", "did", "don't", "don’t", "not", "no", "yes", "some", "all", "every", "sometimes", "at", "in",
            "on", "to", "for", "from", "with", "because", "also", "then", "after", "before", "thank", "thanks", "hi",
            "hello", "maybe", "more", "most", "less", "very", "really", "too", "just", "only", "even", "still",
            "his", "her", "their", "him", "one", "two", "lots", "nobody", "everyone", "everything", "nothing",
            "people", "kids", "children", "young", "good", "bad", "great", "ok", "okay", "mum", "dad", "miss", "sir",
            "school", "college", "home", "council", "social", "worker", "youth", "club", "staff", "teacher",
            "teachers", "carer", "carers", "foster", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "christmas", "easter", "english", "british");

    private Redaction() {
    }

    public static String suggest(String text) {
        String result = EMAIL.matcher(text).replaceAll("[e-mail]");
        result = PHONE.matcher(result).replaceAll("[phone]");
        result = POSTCODE.matcher(result).replaceAll("[postcode]");
        Matcher words = CAPITALISED.matcher(result);
        var out = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            boolean common = COMMON.contains(word.toLowerCase(Locale.ROOT));
            words.appendReplacement(out, common ? Matcher.quoteReplacement(word) : "[name]");
        }
        words.appendTail(out);
        return JOINED_NAMES.matcher(out).replaceAll("[name]");
    }

    /** Whether the text still holds something a quote must never show: an e-mail address, phone number or postcode. */
    public static boolean hasContactDetails(String text) {
        return EMAIL.matcher(text).find() || PHONE.matcher(text).find() || POSTCODE.matcher(text).find();
    }
}
