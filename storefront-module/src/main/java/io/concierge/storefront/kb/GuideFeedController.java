package io.concierge.storefront.kb;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.KnowledgeBase;
import io.concierge.core.kernel.StorefrontUrl;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.ShopperLocale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/** The newest guides in the shopper's language as an Atom feed. */
@Controller
@CapabilityRoutes(KnowledgeBase.KEY)
public class GuideFeedController {

    static final int ENTRIES = 20;

    @Resource(name = "cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncStorefrontUrl")
    protected StorefrontUrl storefrontUrl;

    @Resource(name = "messageSource")
    protected MessageSource messages;

    @RequestMapping(value = "/guides/feed.xml", method = RequestMethod.GET)
    public void feed(HttpServletResponse response) throws IOException, FeedException {
        ShopperLocale shopper = ShopperLocale.current();
        String site = storefrontUrl.base();
        List<Guide> guides = guideService.listVisible(1, ENTRIES, null, null, shopper.guideLanguage(), new Date())
                .getGuides();

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("kb.feed.title", null, "Guides", shopper.getLocale()));
        feed.setUri(site + "/guides/feed.xml?lang=" + shopper.guideLanguage());
        feed.setLink(site + "/guides");
        feed.setLinks(Collections.singletonList(link(site + "/guides/feed.xml", "self")));
        feed.setLanguage(shopper.guideLanguage().replace('_', '-'));
        feed.setPublishedDate(guides.isEmpty() ? new Date(0) : latestChange(guides));

        List<SyndEntry> entries = new ArrayList<SyndEntry>();
        for (Guide guide : guides) {
            entries.add(entry(guide, site));
        }
        feed.setEntries(entries);

        response.setContentType("application/atom+xml;charset=UTF-8");
        new SyndFeedOutput().output(feed, response.getWriter());
    }

    private static SyndEntry entry(Guide guide, String site) {
        SyndEntry entry = new SyndEntryImpl();
        String url = site + "/guides/" + guide.getSlug();
        entry.setUri(url);
        entry.setTitle(guide.getTitle());
        entry.setLink(url);
        entry.setAuthor(guide.getAuthor() == null || guide.getAuthor().isEmpty() ? "—" : guide.getAuthor());
        entry.setPublishedDate(guide.getPublishAt());
        entry.setUpdatedDate(updated(guide));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(guide.getSummary() == null ? "" : guide.getSummary());
        entry.setDescription(summary);
        return entry;
    }

    private static Date updated(Guide guide) {
        Date published = guide.getPublishAt();
        Date changed = guide.getUpdatedAt();
        return changed == null || (published != null && changed.before(published)) ? published : changed;
    }

    private static Date latestChange(List<Guide> guides) {
        Date latest = new Date(0);
        for (Guide guide : guides) {
            Date updated = updated(guide);
            if (updated != null && updated.after(latest)) {
                latest = updated;
            }
        }
        return latest;
    }

    private static SyndLink link(String href, String rel) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
