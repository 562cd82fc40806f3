package io.concierge.storefront.kb;

import io.concierge.core.kb.GuideImpl;
import io.concierge.storefront.kernel.ShopperLocale;
import org.codehaus.jackson.map.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GuideArticleTest {

    private static GuideImpl guide() {
        GuideImpl guide = new GuideImpl();
        guide.setId(7L);
        guide.setSlug("layering");
        guide.setTitle("Layering </script><script>alert(1)</script>");
        guide.setSummary("Base, insulation and shell.");
        guide.setLocale("pt_BR");
        guide.setAuthor("Maya");
        guide.setPublishAt(new Date(0));
        return guide;
    }

    @Test
    void jsonLdDescribesTheArticleAndCannotCloseItsScriptElement() throws Exception {
        GuideArticle article = new GuideArticle(guide(), new ShopperLocale(Locale.US), "https://shop.example");

        assertThat(article.getJsonLd()).doesNotContain("<").contains("\\u003c/script>");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new ObjectMapper().readValue(article.getJsonLd(), Map.class);
        assertThat(json).containsEntry("@type", "Article")
                .containsEntry("headline", "Layering </script><script>alert(1)</script>")
                .containsEntry("inLanguage", "pt-BR")
                .containsEntry("datePublished", "1970-01-01T00:00:00Z")
                .containsEntry("mainEntityOfPage", "https://shop.example/guides/layering");
    }

    @Test
    void seoFieldsFallBackToTitleSummaryAndTheGuidesOwnAddress() {
        GuideArticle plain = new GuideArticle(guide(), new ShopperLocale(Locale.US), "https://shop.example");
        assertThat(plain.getSeoDescription()).isEqualTo("Base, insulation and shell.");
        assertThat(plain.getCanonicalUrl()).isEqualTo("https://shop.example/guides/layering");

        GuideImpl tuned = guide();
        tuned.setSeoTitle("Dress in layers");
        tuned.setCanonicalUrl("https://blog.example/layering");
        tuned.setHeroImageUrl("/img/layers.jpg");
        GuideArticle article = new GuideArticle(tuned, new ShopperLocale(Locale.US), "https://shop.example");
        assertThat(article.getSeoTitle()).isEqualTo("Dress in layers");
        assertThat(article.getCanonicalUrl()).isEqualTo("https://blog.example/layering");
        assertThat(article.getHeroImageUrl()).isEqualTo("https://shop.example/img/layers.jpg");
    }
}
