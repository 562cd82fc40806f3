package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import org.springframework.stereotype.Service;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

@Service("cncGuideSearchService")
public class GuideSearchServiceImpl implements GuideSearchService {

    @Resource(name = "cncGuideSearchIndex")
    protected GuideSearchIndex index;

    @Resource(name = "cncGuideSynonymService")
    protected GuideSynonymService synonymService;

    @Resource(name = "cncGuideSearchMissService")
    protected GuideSearchMissService missService;

    @Override
    public GuideSearchResult search(GuideSearchQuery query) {
        return search(query, true, true);
    }

    @Override
    public GuideSearchResult searchAllKinds(GuideSearchQuery query) {
        return search(query, false, true);
    }

    @Override
    public GuideSearchResult suggestAllKinds(GuideSearchQuery query) {
        return search(query, false, false);
    }

    private GuideSearchResult search(GuideSearchQuery query, boolean guidesOnly, boolean countMisses) {
        List<String> words = QueryWords.split(query.getText());
        String searched = String.join(" ", words);
        if (words.isEmpty()) {
            return GuideSearchResult.none(searched, query);
        }
        Language language = Language.forLocale(query.getLocale());
        List<TermGroup> groups = synonymService.currentTable().expand(language, words);
        GuideIndexPage page = groups.isEmpty() ? null : index.search(new GuideIndexQuery(language, groups, words,
                new Date(), query.firstResult(), query.getPageSize(), guidesOnly));
        if (countMisses && (page == null || page.getTotal() == 0)) {
            missService.record(query.getText(), language.code(), query.getClient());
        }
        if (page == null) {
            return GuideSearchResult.none(searched, query);
        }
        return new GuideSearchResult(searched, query.getPage(), query.getPageSize(), page.getTotal(),
                page.getHits(), page.getSuggestion());
    }
}
