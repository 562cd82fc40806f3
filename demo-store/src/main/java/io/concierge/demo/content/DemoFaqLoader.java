package io.concierge.demo.content;

import io.concierge.core.helpcenter.faq.FaqEntry;
import io.concierge.core.helpcenter.faq.FaqProductLink;
import io.concierge.core.helpcenter.faq.FaqProductLinkImpl;
import io.concierge.core.helpcenter.faq.FaqService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Writes the demo FAQ (demo-content/faq.json: en, pt-BR and es) through {@code cncFaqService} when the demo store
 * creates a new database, so that the entries are sanitized and indexed as a merchant's are.
 */
public class DemoFaqLoader extends DemoContentLoader {

    private static final Log LOG = LogFactory.getLog(DemoFaqLoader.class);
    static final String CONTENT = "demo-content/faq.json";

    @Resource(name = "cncFaqService")
    protected FaqService faqService;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    /** @param schemaAction the launcher's schema action: "create" for a new database, "update" otherwise */
    public DemoFaqLoader(String schemaAction) {
        super(schemaAction, CONTENT);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void load(Map<String, Object> json) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) json.get("faq");
        for (Map<String, Object> entry : entries) {
            faqService.save(entry(entry));
        }
        LOG.info("Loaded " + entries.size() + " demo FAQ entries");
    }

    @SuppressWarnings("unchecked")
    private FaqEntry entry(Map<String, Object> json) {
        FaqEntry entry = faqService.create();
        entry.setLocale((String) json.get("locale"));
        entry.setCategory((String) json.get("category"));
        entry.setDisplayOrder(((Number) json.get("order")).intValue());
        entry.setQuestion((String) json.get("question"));
        entry.setAnswer((String) json.get("answer"));
        entry.setPublished(true);
        int sequence = 1;
        for (String url : (List<String>) json.get("products")) {
            Product product = catalogService.findProductByURI(url);
            if (product != null) {
                FaqProductLink link = new FaqProductLinkImpl();
                link.setEntry(entry);
                link.setProduct(product);
                link.setSequence(BigDecimal.valueOf(sequence++));
                entry.getProductLinks().add(link);
            }
        }
        return entry;
    }
}
