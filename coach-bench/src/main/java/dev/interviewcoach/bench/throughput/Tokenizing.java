package dev.interviewcoach.bench.throughput;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The baseline of the throughput benchmarks: tokenising a text with the same Lucene chain the rubric
 * grader starts from (standard tokenizer, possessives dropped, lowercased), and nothing else.
 */
final class Tokenizing {
    private static final Analyzer CHAIN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            return new TokenStreamComponents(source, new LowerCaseFilter(stream));
        }
    };

    private Tokenizing() {}

    /** The number of tokens of a text. */
    static int countTokens(String text) {
        try (TokenStream ts = CHAIN.tokenStream("answer", new StringReader(text))) {
            ts.reset();
            int n = 0;
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
