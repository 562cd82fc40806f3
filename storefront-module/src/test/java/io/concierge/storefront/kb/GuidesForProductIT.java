package io.concierge.storefront.kb;

import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.GuideStatus;
import io.concierge.core.kb.KnowledgeBase;
import io.concierge.core.kernel.CapabilityModules;
import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.testing.BroadleafContextExtension;
import io.concierge.storefront.kernel.ShopperCapabilities;
import io.concierge.storefront.kernel.Widget;
import io.concierge.storefront.kernel.WidgetProcessor;
import io.concierge.storefront.kernel.Widgets;
import org.broadleafcommerce.common.web.dialect.BLCDialect;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The "guides for this product" widget on the real service layer, and its Thymeleaf element in a real engine. */
@ExtendWith(BroadleafContextExtension.class)
class GuidesForProductIT {

    @Resource(name = "cncGuideService")
    GuideService guideService;

    @Resource(name = "cncCapabilitySwitches")
    CapabilitySwitchService switches;

    @Resource(name = "cncCapabilityModules")
    CapabilityModules modules;

    @Resource(name = "blCatalogService")
    CatalogService catalogService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationContext context;

    private GuidesForProduct widget;
    private Widgets widgets;
    private Product product;
    private String english;
    private String portuguese;

    @BeforeEach
    void aProductWithGuides() {
        widget = new GuidesForProduct();
        widget.guideService = guideService;
        widgets = new Widgets(modules, new ShopperCapabilities(switches), Collections.<Widget>singletonList(widget));
        String run = UUID.randomUUID().toString().substring(0, 8);
        english = "widget-en-" + run;
        portuguese = "widget-pt-" + run;
        new TransactionTemplate(transactionManager).execute(status -> {
            product = catalogService.saveProduct(newProduct("Widget test " + run));
            guide(english, "en", GuideStatus.PUBLISHED);
            guide(portuguese, "pt_BR", GuideStatus.PUBLISHED);
            guide("widget-draft-" + run, "en", GuideStatus.DRAFT);
            return null;
        });
    }

    @AfterEach
    void switchTheKnowledgeBaseBackOn() {
        switches.setOn(KnowledgeBase.KEY, true);
    }

    private Product newProduct(String name) {
        Product created = catalogService.createProduct(ProductType.PRODUCT);
        Sku sku = catalogService.createSku();
        sku.setName(name);
        created.setDefaultSku(sku);
        return created;
    }

    private void guide(String slug, String locale, GuideStatus status) {
        Guide guide = guideService.create();
        guide.setTitle("Guide " + slug);
        guide.setSlug(slug);
        guide.setLocale(locale);
        guide.setStatus(status);
        guide.setPublishAt(new Date(System.currentTimeMillis() - 60000));
        guide.addProductLink(product);
        guideService.save(guide);
    }

    private static List<String> slugs(List<GuideCard> cards) {
        List<String> slugs = new ArrayList<String>();
        for (GuideCard card : cards) {
            slugs.add(card.getSlug());
        }
        return slugs;
    }

    @Test
    void showsTheProductsVisibleGuidesInTheShoppersLanguageOnly() {
        assertThat(slugs(widget.forProduct(product.getId()))).containsExactly(english);
        assertThat(widget.forProduct(null)).isEmpty();
    }

    @Test
    void themesReachItByNameAndGetNothingWhileTheKnowledgeBaseIsSwitchedOff() {
        Map<String, Object> arguments = Collections.<String, Object>singletonMap("productId", product.getId());
        assertThat(slugs(cards(widgets.content(GuidesForProduct.NAME, arguments)))).containsExactly(english);
        assertThat(cards(widgets.content(GuidesForProduct.NAME,
                Collections.<String, Object>singletonMap("productId", "not a number")))).isEmpty();

        switches.setOn(KnowledgeBase.KEY, false);

        assertThat(cards(widgets.content(GuidesForProduct.NAME, arguments))).isEmpty();
    }

    @Test
    void aMisspeltWidgetNameIsAnErrorThatNamesTheWidgets() {
        assertThatThrownBy(() -> widgets.content("kb.guidesForProdcut", Collections.<String, Object>emptyMap()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(GuidesForProduct.NAME);
    }

    @SuppressWarnings("unchecked")
    private static List<GuideCard> cards(Object content) {
        return (List<GuideCard>) content;
    }

    @Test
    void theThymeleafElementPutsTheGuidesInTheModel() {
        BLCDialect dialect = new BLCDialect();
        context.getAutowireCapableBeanFactory().autowireBean(dialect);
        dialect.setProcessors(new HashSet<IProcessor>(Collections.<IProcessor>singleton(new WidgetProcessor(widgets))));
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("thymeleaf/");
        templates.setSuffix(".html");
        templates.setTemplateMode("XHTML");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(templates);
        engine.addDialect(dialect);
        Context context = new Context(Locale.US);
        context.setVariable("product", product);

        String html = engine.process("product-guides", context);

        assertThat(html).contains("<li>" + english + "</li>").doesNotContain(portuguese)
                .doesNotContain("concierge_widget");
    }
}
