package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.core.StopAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharArraySet;
import org.apache.lucene.analysis.util.WordlistLoader;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.Version;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Concierge itself knows of a language's words, on the application side of the index: which words are stop
 * words (dropped from queries) and the key under which a word is compared with synonyms. The key follows the same
 * steps as the language's fields in the index schema (lower case, accents folded, stemmed), so "Tênis", "tenis"
 * and "tênis" share a key, and so do "sapatilha" and "sapatilhas".
 */
final class LanguageWords {

    private static final Version LUCENE = Version.LUCENE_44;
    private static final Pattern PORTUGUESE_PLURAL_OES = Pattern.compile("^(..+)oes$");
    private static final Map<Language, LanguageWords> ALL = new EnumMap<Language, LanguageWords>(
            Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new LanguageWords(language));
        }
    }

    private final Set<String> foldedStopWords;
    private final Analyzer keyAnalyzer;

    private LanguageWords(Language language) {
        this.foldedStopWords = foldedStopWords(language);
        this.keyAnalyzer = new KeyAnalyzer(language);
    }

    static LanguageWords of(Language language) {
        return ALL.get(language);
    }

    /** Compared without case and accents: "não", "nao" and "NÃO" are all Portuguese stop words. */
    boolean isStopWord(String word) {
        return foldedStopWords.contains(fold(word));
    }

    /** The word's tokens, folded and stemmed, joined by single spaces; empty when nothing is left. */
    String key(String text) {
        StringBuilder key = new StringBuilder();
        try {
            TokenStream stream = keyAnalyzer.tokenStream("key", new StringReader(text));
            try {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (key.length() > 0) {
                        key.append(' ');
                    }
                    key.append(term);
                }
                stream.end();
            } finally {
                stream.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot analyse a string in memory", e);
        }
        return key.toString();
    }

    private static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        char[] folded = new char[lower.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, folded, 0, lower.length());
        return new String(folded, 0, length);
    }

    private static Set<String> foldedStopWords(Language language) {
        CharArraySet words;
        switch (language) {
            // The short classic English list: the longer Snowball one drops words shoppers mean ("off", "over").
            case ENGLISH: words = StopAnalyzer.ENGLISH_STOP_WORDS_SET; break;
            case PORTUGUESE: words = snowballList("portuguese_stop.txt"); break;
            case SPANISH: words = snowballList("spanish_stop.txt"); break;
            default: throw new IllegalArgumentException(String.valueOf(language));
        }
        Set<String> folded = new HashSet<String>();
        for (Object word : words) {
            folded.add(fold(new String((char[]) word)));
        }
        return folded;
    }

    private static CharArraySet snowballList(String file) {
        try {
            return WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, file, IOUtils.CHARSET_UTF_8), LUCENE);
        } catch (IOException e) {
            throw new IllegalStateException("Lucene's stop word list " + file + " is missing", e);
        }
    }

    /** Mirrors the text_xx field types of the guide schema, minus what only the index needs. */
    private static final class KeyAnalyzer extends Analyzer {

        private final Language language;

        KeyAnalyzer(Language language) {
            this.language = language;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName, Reader reader) {
            Tokenizer tokenizer = new StandardTokenizer(LUCENE, reader);
            TokenStream stream = tokenizer;
            if (language == Language.ENGLISH) {
                stream = new EnglishPossessiveFilter(LUCENE, stream);
            }
            stream = new LowerCaseFilter(LUCENE, stream);
            stream = new ASCIIFoldingFilter(stream);
            switch (language) {
                case ENGLISH:
                    stream = new PorterStemFilter(stream);
                    break;
                case PORTUGUESE:
                    stream = new PatternReplaceFilter(stream, PORTUGUESE_PLURAL_OES, "$1ao", false);
                    stream = new PortugueseLightStemFilter(stream);
                    break;
                case SPANISH:
                    stream = new SpanishLightStemFilter(stream);
                    break;
                default:
                    throw new IllegalArgumentException(String.valueOf(language));
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
