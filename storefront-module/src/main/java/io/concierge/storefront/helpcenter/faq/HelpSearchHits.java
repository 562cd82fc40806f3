package io.concierge.storefront.helpcenter.faq;

import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.KnowledgeBase;
import io.concierge.core.kb.search.GuideSearchHit;
import io.concierge.core.kb.search.GuideSearchResult;
import io.concierge.storefront.kernel.ShopperCapabilities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The help center's answers as its pages and JSON print them. Guides take part only while the knowledge base is
 * installed and switched on; FAQ entries always.
 */
@Component("cncHelpSearchHits")
public class HelpSearchHits {

    @Autowired(required = false)
    @Qualifier("cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncShopperCapabilities")
    protected ShopperCapabilities capabilities;

    public boolean guidesOn() {
        return guideService != null && capabilities.isOn(KnowledgeBase.KEY);
    }

    /** Each hit: kind, url (without the context path), title (plain text), locale, snippetHtml (safe HTML). */
    public List<Map<String, Object>> of(GuideSearchResult result) {
        boolean guides = guidesOn();
        List<Map<String, Object>> hits = new ArrayList<Map<String, Object>>();
        for (GuideSearchHit hit : result.getHits()) {
            if (!hit.isFaq() && !guides) {
                continue;
            }
            Map<String, Object> json = new LinkedHashMap<String, Object>();
            json.put("kind", hit.getKind());
            json.put("id", hit.getGuideId());
            json.put("url", HelpAnswers.url(hit));
            json.put("title", hit.getTitle());
            json.put("locale", hit.getLocale());
            json.put("snippetHtml", hit.getSnippetHtml());
            hits.add(json);
        }
        return hits;
    }
}
