package io.concierge.storefront.kb;

import io.concierge.core.kb.search.GuideDocument;
import io.concierge.core.kb.search.GuideDocumentSource;
import io.concierge.core.kernel.Capability;
import io.concierge.core.kernel.ConciergeSettingsService;
import io.concierge.storefront.kernel.SitemapContributor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/** Every guide shoppers may read now, in any language, for {@code /sitemap.xml}; none while the capability is off. */
@Component("cncGuideSitemapContributor")
public class GuideSitemapContributor implements SitemapContributor {

    static final int BATCH = 500;

    @Resource(name = "cncGuideDocumentSource")
    protected GuideDocumentSource guides;

    @Resource(name = "cncSettingsService")
    protected ConciergeSettingsService settingsService;

    @Override
    public List<Entry> sitemapEntries(String siteUrl) {
        Date now = new Date();
        List<Entry> entries = new ArrayList<Entry>();
        if (!settingsService.isEnabled(Capability.KNOWLEDGE_BASE)) {
            return entries;
        }
        for (int first = 0; ; first += BATCH) {
            List<GuideDocument> batch = guides.guides(first, BATCH);
            for (GuideDocument guide : batch) {
                if (guide.isListed() && guide.getPublishAt() != null && !guide.getPublishAt().after(now)) {
                    entries.add(new Entry(siteUrl + "/guides/" + guide.getSlug(), guide.getPublishAt()));
                }
            }
            if (batch.size() < BATCH) {
                return entries;
            }
        }
    }
}
