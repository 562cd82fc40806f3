package io.concierge.storefront.kb;

import io.concierge.core.kb.GuideLink;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.KnowledgeBase;
import io.concierge.storefront.kernel.ShopperCapabilities;
import io.concierge.storefront.kernel.SitemapContributor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/** Every guide shoppers may read now, in any language, for {@code /sitemap.xml}; none while the capability is off. */
@Component("cncGuideSitemapContributor")
public class GuideSitemapContributor implements SitemapContributor {

    @Resource(name = "cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncShopperCapabilities")
    protected ShopperCapabilities capabilities;

    @Override
    public List<Entry> sitemapEntries(String siteUrl) {
        List<Entry> entries = new ArrayList<Entry>();
        if (!capabilities.isOn(KnowledgeBase.KEY)) {
            return entries;
        }
        for (GuideLink guide : guideService.findVisibleLinks(new Date())) {
            entries.add(new Entry(siteUrl + "/guides/" + guide.getSlug(), guide.getLastModified()));
        }
        return entries;
    }
}
