package io.concierge.thymeleafhost;

import io.concierge.core.guidance.PersonalGuidanceService;
import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.GuideStatus;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.CrossSaleProductImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductAttribute;
import org.broadleafcommerce.core.catalog.domain.ProductAttributeImpl;
import org.broadleafcommerce.core.catalog.domain.RelatedProduct;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.webapp.WebAppContext;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.support.WebApplicationContextUtils;

import java.math.BigDecimal;
import java.util.Date;

/**
 * Runs the Thymeleaf host (web app folder {@code thymeleaf-site} on the test class path) in Jetty on a free port of
 * 127.0.0.1, once per test JVM (Broadleaf cannot start twice in one), with a product, its guides and a cross-sale link
 * to a second product, and a registered shopper whose order of a consumable is due again, written through
 * Broadleaf's and Concierge's services.
 */
final class ThymeleafSite implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    static final String PRODUCT_URL = "/jackets/storm-shell";
    static final String PRODUCT_NAME = "Storm Shell";
    static final String COMPLEMENT_NAME = "Storm Pants";
    static final String COMPLEMENT_REASON = "The same fabric, for the legs";
    static final String GUIDE = "caring-for-a-storm-shell";
    static final String GUIDE_TITLE = "Caring for a storm shell";
    static final String GUIDE_WORD = "reproofing";
    static final String PORTUGUESE_GUIDE = "cuidados-com-a-jaqueta";
    static final String DRAFT_GUIDE = "storm-shell-draft";
    static final String SHOPPER_EMAIL = "rain.walker@example.com";
    static final String SHOPPER_PASSWORD = "reproof-2026";
    static final String CONSUMABLE_NAME = "Reproofing wash";
    /** The wash lasts 30 days; the shopper bought it 60 days ago: it is due again. */
    static final int CONSUMABLE_DAYS = 30;
    private static final int BOUGHT_DAYS_AGO = 60;

    private static Server server;
    private static ApplicationContext site;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (ThymeleafSite.class) {
            if (server == null) {
                WebAppContext webApp = start();
                site = WebApplicationContextUtils.getRequiredWebApplicationContext(webApp.getServletContext());
                writeProductAndGuides(site);
                writeShopperWhoBoughtTheWash(site);
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(ThymeleafSite.class.getName(), this);
            }
        }
    }

    @Override
    public void close() throws Exception {
        synchronized (ThymeleafSite.class) {
            server.stop();
        }
    }

    static String url(String path) {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path;
    }

    /** The site's root context, for tests that act as the merchant would in an admin. */
    static ApplicationContext rootContext() {
        return site;
    }

    private static WebAppContext start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        WebAppContext webApp = new WebAppContext();
        webApp.setContextPath("/");
        webApp.setBaseResource(Resource.newResource(ThymeleafSite.class.getResource("/thymeleaf-site")));
        // Classes and Concierge's files come from Maven's test class path, as in an exploded war's WEB-INF/lib.
        webApp.setParentLoaderPriority(true);
        webApp.setThrowUnavailableOnStartupException(true);
        server.setHandler(webApp);
        server.start();
        return webApp;
    }

    private static void writeProductAndGuides(ApplicationContext site) {
        CatalogService catalog = site.getBean("blCatalogService", CatalogService.class);
        GuideService guides = site.getBean("cncGuideService", GuideService.class);
        new TransactionTemplate(site.getBean("blTransactionManager", PlatformTransactionManager.class)).execute(status -> {
            Date past = new Date(System.currentTimeMillis() - 3600000L);
            Sku sku = catalog.createSku();
            sku.setName(PRODUCT_NAME);
            sku.setRetailPrice(new Money("149.00"));
            sku.setActiveStartDate(past);
            Product product = catalog.createProduct(ProductType.PRODUCT);
            product.setUrl(PRODUCT_URL);
            product.setDefaultSku(sku);
            product = catalog.saveProduct(product);
            product.getCrossSaleProducts().add(crossSale(product, complement(catalog, past)));
            product = catalog.saveProduct(product);
            guide(guides, product, GUIDE, GUIDE_TITLE, "en", GuideStatus.PUBLISHED, past);
            guide(guides, product, PORTUGUESE_GUIDE, "Cuidados com a jaqueta", "pt_BR", GuideStatus.PUBLISHED, past);
            guide(guides, product, DRAFT_GUIDE, "Storm shell draft", "en", GuideStatus.DRAFT, past);
            return null;
        });
    }

    /** A registered shopper who bought a consumable (guidance's "due again" block) long enough ago. */
    private static void writeShopperWhoBoughtTheWash(ApplicationContext site) {
        CatalogService catalog = site.getBean("blCatalogService", CatalogService.class);
        CustomerService customers = site.getBean("blCustomerService", CustomerService.class);
        OrderService orders = site.getBean("blOrderService", OrderService.class);
        new TransactionTemplate(site.getBean("blTransactionManager", PlatformTransactionManager.class)).execute(status -> {
            Sku sku = catalog.createSku();
            sku.setName(CONSUMABLE_NAME);
            sku.setRetailPrice(new Money("12.00"));
            sku.setActiveStartDate(new Date(System.currentTimeMillis() - 365L * 86_400_000L));
            Product wash = catalog.createProduct(ProductType.PRODUCT);
            wash.setUrl("/care/reproofing-wash");
            wash.setDefaultSku(sku);
            wash = catalog.saveProduct(wash);
            ProductAttribute lasts = new ProductAttributeImpl();
            lasts.setName(PersonalGuidanceService.REPLENISH_DAYS);
            lasts.setValue(String.valueOf(CONSUMABLE_DAYS));
            lasts.setProduct(wash);
            wash.getProductAttributes().put(lasts.getName(), lasts);
            wash = catalog.saveProduct(wash);

            Customer shopper = customers.createNewCustomer();
            shopper.setEmailAddress(SHOPPER_EMAIL);
            shopper.setUsername(SHOPPER_EMAIL);
            shopper.setFirstName("Rain");
            shopper.setLastName("Walker");
            shopper = customers.registerCustomer(shopper, SHOPPER_PASSWORD, SHOPPER_PASSWORD);
            try {
                Order order = orders.addItem(orders.createNewCartForCustomer(shopper).getId(),
                        new OrderItemRequestDTO(wash.getId(), wash.getDefaultSku().getId(), 1), false);
                order.setStatus(OrderStatus.SUBMITTED);
                order.setSubmitDate(new Date(System.currentTimeMillis() - BOUGHT_DAYS_AGO * 86_400_000L));
                order.setOrderNumber("TH-WASH-1");
                orders.save(order, false);
            } catch (PricingException | AddToCartException notOrdered) {
                throw new IllegalStateException(notOrdered);
            }
            return null;
        });
    }

    /** A second product, for guidance's "Goes well with" block. */
    private static Product complement(CatalogService catalog, Date activeFrom) {
        Sku sku = catalog.createSku();
        sku.setName(COMPLEMENT_NAME);
        sku.setRetailPrice(new Money("99.00"));
        sku.setActiveStartDate(activeFrom);
        Product product = catalog.createProduct(ProductType.PRODUCT);
        product.setUrl("/jackets/storm-pants");
        product.setDefaultSku(sku);
        return catalog.saveProduct(product);
    }

    private static RelatedProduct crossSale(Product from, Product to) {
        RelatedProduct link = new CrossSaleProductImpl();
        link.setProduct(from);
        link.setRelatedProduct(to);
        link.setPromotionMessage(COMPLEMENT_REASON);
        link.setSequence(BigDecimal.ONE);
        return link;
    }

    private static void guide(GuideService guides, Product product, String slug, String title, String locale,
                              GuideStatus status, Date publishAt) {
        Guide guide = guides.create();
        guide.setSlug(slug);
        guide.setTitle(title);
        guide.setSummary("How to keep " + PRODUCT_NAME + " dry.");
        guide.setBody("<p>Washing and " + GUIDE_WORD + " keep the shell waterproof.</p>");
        guide.setLocale(locale);
        guide.setStatus(status);
        guide.setPublishAt(publishAt);
        guide.addProductLink(product);
        guides.save(guide);
    }
}
