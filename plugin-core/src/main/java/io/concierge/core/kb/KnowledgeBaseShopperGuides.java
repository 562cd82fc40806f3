package io.concierge.core.kb;

import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.GuideReference;
import io.concierge.core.kernel.Language;
import io.concierge.core.kernel.ShopperGuides;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

/** The knowledge base's guides for other capabilities: nothing while the knowledge base is switched off. */
@Component("cncShopperGuides")
public class KnowledgeBaseShopperGuides implements ShopperGuides {

    @Resource(name = "cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncCapabilitySwitches")
    protected CapabilitySwitchService switches;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<GuideReference> forProducts(Collection<Long> productIds, Language language, int max) {
        List<GuideReference> references = new ArrayList<GuideReference>();
        if (!switches.isOn(KnowledgeBase.KEY)) {
            return references;
        }
        Date now = new Date();
        Set<Long> seen = new LinkedHashSet<Long>();
        for (Long productId : productIds) {
            for (Guide guide : guideService.findVisibleForProduct(productId, now)) {
                if (references.size() < max && language.code().equals(guide.getLocale()) && seen.add(guide.getId())) {
                    references.add(reference(guide));
                }
            }
        }
        return references;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public GuideReference taggedWith(String tagSlug, Language language) {
        if (!switches.isOn(KnowledgeBase.KEY)) {
            return null;
        }
        List<Guide> guides = guideService.listVisible(1, 1, null, tagSlug, language.code(), new Date()).getGuides();
        return guides.isEmpty() ? null : reference(guides.get(0));
    }

    private static GuideReference reference(Guide guide) {
        return new GuideReference(guide.getTitle(), "/guides/" + guide.getSlug());
    }
}
