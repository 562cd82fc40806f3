package io.concierge.core.kb.search;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * Keeps the guide index in step with every committed guide change: searches see a saved guide as soon as this
 * returns. A failure (index unreachable) is logged and does not undo the save; the next full reindex repairs it.
 */
@Component("cncGuideIndexer")
public class GuideIndexer implements GuideChangeListener {

    private static final Log LOG = LogFactory.getLog(GuideIndexer.class);

    @Resource(name = "cncGuideSearchIndex")
    protected GuideSearchIndex index;

    @Override
    public void guideSaved(GuideDocument guide) {
        try {
            index.put(guide);
        } catch (GuideIndexException e) {
            LOG.error("Guide " + guide.getId() + " is saved but its search entry is not up to date; "
                    + "a full reindex repairs it. " + e.getMessage(), e);
        }
    }

    @Override
    public void guideDeleted(long guideId) {
        try {
            index.remove(guideId);
        } catch (GuideIndexException e) {
            LOG.error("Guide " + guideId + " is deleted but may still be found by search until a full reindex. "
                    + e.getMessage(), e);
        }
    }
}
