package io.concierge.demo.content;

import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideCategory;
import io.concierge.core.kb.GuideCategoryService;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.GuideStatus;
import io.concierge.core.kb.GuideTag;
import io.concierge.core.kb.GuideTagService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

/**
 * Writes the demo guides (demo-content/guides.json) through Concierge's own services when the demo store creates a
 * new database, so that they are sanitized and indexed exactly as a merchant's guides are. Publish times are relative
 * to the first start, so the demo always has recent, old and still scheduled guides.
 */
public class DemoGuideLoader extends DemoContentLoader {

    private static final Log LOG = LogFactory.getLog(DemoGuideLoader.class);
    static final String CONTENT = "demo-content/guides.json";

    @Resource(name = "cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncGuideCategoryService")
    protected GuideCategoryService categoryService;

    @Resource(name = "cncGuideTagService")
    protected GuideTagService tagService;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    /** @param schemaAction the launcher's schema action: "create" for a new database, "update" otherwise */
    public DemoGuideLoader(String schemaAction) {
        super(schemaAction, CONTENT);
    }

    @Override
    protected void load(Map<String, Object> content) {
        load(content, new Date());
    }

    @SuppressWarnings("unchecked")
    private void load(Map<String, Object> content, Date now) {
        Map<String, GuideCategory> categories = new HashMap<String, GuideCategory>();
        for (Map<String, Object> json : (List<Map<String, Object>>) content.get("categories")) {
            GuideCategory category = categoryService.create();
            category.setSlug((String) json.get("slug"));
            category.setName(((Map<String, String>) json.get("name")).get("en"));
            category.setDescription(((Map<String, String>) json.get("description")).get("en"));
            category.setParent(categories.get((String) json.get("parent")));
            category.setSequence(categories.size());
            categories.put(category.getSlug(), categoryService.save(category));
        }
        Map<String, GuideTag> tags = new HashMap<String, GuideTag>();
        for (Map<String, Object> json : (List<Map<String, Object>>) content.get("tags")) {
            GuideTag tag = tagService.create();
            tag.setSlug((String) json.get("slug"));
            tag.setName((String) json.get("name"));
            tags.put(tag.getSlug(), tagService.save(tag));
        }
        List<Map<String, Object>> guides = (List<Map<String, Object>>) content.get("guides");
        Map<String, Guide> saved = new HashMap<String, Guide>();
        for (Map<String, Object> json : guides) {
            Guide guide = guideService.create();
            guide.setSlug((String) json.get("slug"));
            guide.setLocale((String) json.get("locale"));
            guide.setTitle((String) json.get("title"));
            guide.setSummary((String) json.get("summary"));
            guide.setBody((String) json.get("body"));
            guide.setAuthor((String) json.get("author"));
            guide.setSeoTitle((String) json.get("seoTitle"));
            guide.setSeoDescription((String) json.get("seoDescription"));
            guide.setHeroImageUrl((String) json.get("heroImageUrl"));
            guide.setStatus(GuideStatus.getInstance((String) json.get("status")));
            guide.setPublishAt(publishAt(json, now));
            guide.setCategory(categories.get((String) json.get("category")));
            for (String tag : (List<String>) json.get("tags")) {
                guide.getTags().add(tags.get(tag));
            }
            for (String url : (List<String>) json.get("products")) {
                Product product = catalogService.findProductByURI(url);
                if (product != null) {
                    guide.addProductLink(product);
                }
            }
            saved.put(guide.getSlug(), guideService.save(guide));
        }
        for (Map<String, Object> json : guides) {
            List<String> related = (List<String>) json.get("related");
            if (!related.isEmpty()) {
                Guide guide = saved.get((String) json.get("slug"));
                for (String slug : related) {
                    guide.addRelatedGuide(saved.get(slug));
                }
                guideService.save(guide);
            }
        }
        LOG.info("Loaded " + guides.size() + " demo guides");
    }

    private static Date publishAt(Map<String, Object> json, Date now) {
        Number daysAgo = (Number) json.get("publishedDaysAgo");
        Number inDays = (Number) json.get("publishInDays");
        long offset = inDays != null ? TimeUnit.DAYS.toMillis(inDays.longValue())
                : daysAgo != null ? -TimeUnit.DAYS.toMillis(daysAgo.longValue()) : 0;
        return daysAgo == null && inDays == null ? null : new Date(now.getTime() + offset);
    }
}
