package org.youthvoice.safeguarding.internal;

import java.util.Collection;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Turns text into the terms that phrases are matched on. Patterns go through the same chain, so a phrase written
 * "he hits me" finds "He's hitting me". The chain: Unicode word boundaries, possessive "'s" removed, lower case,
 * accents and curly quotes folded, apostrophes dropped (so "dont" and "don't" are one word), Porter stemming except
 * for the words to keep as written.
 */
final class ScreeningAnalyzer extends Analyzer {

    private static final Pattern APOSTROPHE = Pattern.compile("'");

    private final CharArraySet keepAsWritten;

    ScreeningAnalyzer(Collection<String> keepAsWritten) {
        this.keepAsWritten = CharArraySet.unmodifiableSet(new CharArraySet(keepAsWritten, true));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PatternReplaceFilter(stream, APOSTROPHE, "", true);
        stream = new SetKeywordMarkerFilter(stream, keepAsWritten);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
