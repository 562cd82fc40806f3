package io.concierge.core.kb.search;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

/**
 * Keeps the guide index in step with every committed guide change: searches see a saved guide as soon as this
 * returns. The changes of one transaction are written together and made visible once. A failure (index
 * unreachable) is logged and does not undo the save; the next full reindex repairs it.
 */
@Component("cncGuideIndexer")
public class GuideIndexer implements GuideChangeListener {

    private static final Log LOG = LogFactory.getLog(GuideIndexer.class);

    @Resource(name = "cncGuideSearchIndex")
    protected GuideSearchIndex index;

    @Override
    public void guideSaved(GuideDocument guide) {
        guidesChanged(Collections.singletonList(guide), Collections.<Long>emptyList());
    }

    @Override
    public void guideDeleted(long guideId) {
        guidesChanged(Collections.<GuideDocument>emptyList(), Collections.singletonList(guideId));
    }

    @Override
    public void guidesChanged(List<GuideDocument> saved, Collection<Long> deletedGuideIds) {
        try {
            index.write(saved, deletedGuideIds);
        } catch (GuideIndexException e) {
            LOG.error(saved.size() + " saved and " + deletedGuideIds.size() + " deleted guides are not up to date"
                    + " in the search index until a full reindex: " + e.getMessage(), e);
        }
    }
}
