package io.concierge.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a message bundle says the same things in every language Concierge speaks. */
public final class MessageBundles {

    /** The bundle suffixes of English (the default file), Brazilian Portuguese and Spanish. */
    private static final String[] LANGUAGES = {"", "_pt_BR", "_es"};

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    private MessageBundles() {
    }

    /**
     * Fails unless every language of {@code basename} (a class-path name such as {@code messages/ConciergeMessages})
     * has exactly the keys of the English file, no empty text, and the same {@code {n}} arguments in each text.
     */
    public static void assertSameKeysInEveryLanguage(String basename) throws IOException {
        Properties english = load(basename + ".properties");
        assertThat(english).as(basename).isNotEmpty();
        for (String language : LANGUAGES) {
            String file = basename + language + ".properties";
            Properties translated = load(file);
            assertThat(translated.stringPropertyNames()).as("keys of " + file)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                assertThat(text.trim()).as(file + ": " + key).isNotEmpty();
                assertThat(arguments(text)).as(file + ": arguments of " + key)
                        .isEqualTo(arguments(english.getProperty(key)));
            }
        }
    }

    private static Properties load(String file) throws IOException {
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file + " on the class path").isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<Integer> arguments(String text) {
        Set<Integer> indexes = new TreeSet<Integer>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            indexes.add(Integer.valueOf(matcher.group(1)));
        }
        return indexes;
    }
}
