package io.concierge.core.kb;

import io.concierge.core.kb.search.GuideDocument;
import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static io.concierge.core.kb.GuideFixtures.category;
import static io.concierge.core.kb.GuideFixtures.guide;
import static io.concierge.core.kb.GuideFixtures.minutesFrom;
import static io.concierge.core.kb.GuideFixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saves made straight through the entity manager, as the Broadleaf admin's persistence makes them, are sanitized
 * and reach the GuideChangeListeners only once committed.
 */
@ExtendWith(BroadleafContextExtension.class)
class GuideChangeNotificationIT {

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @Resource(name = "cncTestRecordingGuideChangeListener")
    RecordingGuideChangeListener listener;

    @Resource(name = "cncGuideService")
    GuideService guideService;

    private final Date hourAgo = minutesFrom(new Date(), -60);

    @BeforeEach
    void forgetEarlierChanges() {
        listener.clear();
    }

    private <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(transactionManager).execute(work);
    }

    private Long persisted(final Guide guide) {
        return inTransaction(status -> {
            em.persist(guide);
            return guide.getId();
        });
    }

    @Test
    void aGuidePersistedDirectlyIsCompletedSanitizedAndToldAfterCommitOnly() {
        final Guide guide = guide("Straight through JPA", GuideStatus.PUBLISHED, null);
        guide.setSlug(null);
        guide.setBody("<p>Safe</p><iframe src=\"https://evil.example\"></iframe><a href=\"javascript:x()\">x</a>");
        final String[] toldBeforeCommit = new String[1];

        Long id = inTransaction(status -> {
            em.persist(guide);
            em.flush();
            toldBeforeCommit[0] = String.valueOf(listener.savedDocuments(guide.getId()));
            return guide.getId();
        });

        assertThat(toldBeforeCommit[0]).isEqualTo("[]");
        List<GuideDocument> told = listener.savedDocuments(id);
        assertThat(told).hasSize(1);
        GuideDocument document = told.get(0);
        assertThat(document.getSlug()).isEqualTo("straight-through-jpa");
        assertThat(document.getBodyHtml()).isEqualTo("<p>Safe</p><a>x</a>");
        assertThat(document.isListed()).isTrue();
        assertThat(document.getPublishAt()).isNotNull();
        Guide stored = guideService.findById(id);
        assertThat(stored.getBody()).isEqualTo("<p>Safe</p><a>x</a>");
        assertThat(stored.getCreatedAt()).isNotNull();
    }

    @Test
    void aRolledBackSaveTellsNobody() {
        final Guide guide = guide("Rolled back", GuideStatus.PUBLISHED, hourAgo);

        Long id = inTransaction(status -> {
            em.persist(guide);
            em.flush();
            status.setRollbackOnly();
            return guide.getId();
        });

        assertThat(listener.savedDocuments(id)).isEmpty();
        assertThat(guideService.findById(id)).isNull();
    }

    @Test
    void aMergedEditIsSanitizedAndToldWithItsNewContent() {
        final Long id = persisted(guide("Before the edit", GuideStatus.DRAFT, null));
        listener.clear();
        final Guide detached = guideService.findById(id);
        detached.setTitle("After the edit");
        detached.setStatus(GuideStatus.SCHEDULED);
        detached.setPublishAt(hourAgo);
        detached.setBody("<p style=\"x\" onmouseover=\"y()\">Edited</p>");

        inTransaction(status -> em.merge(detached));

        List<GuideDocument> told = listener.savedDocuments(id);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).getTitle()).isEqualTo("After the edit");
        assertThat(told.get(0).getBodyHtml()).isEqualTo("<p>Edited</p>");
        assertThat(told.get(0).isListed()).isTrue();
        assertThat(guideService.findById(id).getBody()).isEqualTo("<p>Edited</p>");
    }

    @Test
    void aChangeOfTagsAloneIsTold() {
        final Long id = persisted(guide("Tagged later", GuideStatus.PUBLISHED, hourAgo));
        final GuideTag tag = tag("Rain");
        inTransaction(status -> {
            em.persist(tag);
            return null;
        });
        listener.clear();

        inTransaction(status -> {
            Guide managed = em.find(GuideImpl.class, id);
            managed.getTags().add(em.find(GuideTagImpl.class, tag.getId()));
            return null;
        });

        List<GuideDocument> told = listener.savedDocuments(id);
        assertThat(told).isNotEmpty();
        assertThat(told.get(told.size() - 1).getTags()).containsExactly(tag.getSlug());
    }

    @Test
    void aRemovedGuideIsToldAsDeleted() {
        final Long id = persisted(guide("Removed", GuideStatus.PUBLISHED, hourAgo));
        listener.clear();

        inTransaction(status -> {
            em.remove(em.find(GuideImpl.class, id));
            return null;
        });

        assertThat(listener.deletedIds()).containsExactly(id);
        assertThat(listener.savedDocuments(id)).isEmpty();
    }

    @Test
    void renamingACategorySlugResendsItsGuides() {
        final GuideCategory category = category("Renamed category", null);
        final Guide guide = guide("Filed guide", GuideStatus.PUBLISHED, hourAgo);
        Long id = inTransaction(status -> {
            em.persist(category);
            guide.setCategory(category);
            em.persist(guide);
            return guide.getId();
        });
        listener.clear();

        inTransaction(status -> {
            em.find(GuideCategoryImpl.class, category.getId()).setSlug(category.getSlug() + "-renamed");
            return null;
        });

        List<GuideDocument> told = listener.savedDocuments(id);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).getCategorySlug()).isEqualTo(category.getSlug() + "-renamed");
    }

    @Test
    void deletingATagInUseTakesItOffItsGuides() {
        final GuideTag tag = tag("Short-lived");
        final Guide guide = guide("Loses a tag", GuideStatus.PUBLISHED, hourAgo);
        Long id = inTransaction(status -> {
            em.persist(tag);
            guide.getTags().add(tag);
            em.persist(guide);
            return guide.getId();
        });
        listener.clear();

        inTransaction(status -> {
            em.remove(em.find(GuideTagImpl.class, tag.getId()));
            return null;
        });

        List<GuideDocument> told = listener.savedDocuments(id);
        assertThat(told).isNotEmpty();
        assertThat(told.get(told.size() - 1).getTags()).isEmpty();
    }

    @Test
    void deletingACategoryMovesItsGuidesAndChildrenUpToItsParent() {
        final GuideCategory parent = category("Kept parent", null);
        final GuideCategory doomed = category("Deleted middle", parent);
        final GuideCategory child = category("Kept child", doomed);
        final Guide guide = guide("Moves up", GuideStatus.PUBLISHED, hourAgo);
        Long id = inTransaction(status -> {
            em.persist(parent);
            em.persist(doomed);
            em.persist(child);
            guide.setCategory(doomed);
            em.persist(guide);
            return guide.getId();
        });
        listener.clear();

        inTransaction(status -> {
            em.remove(em.find(GuideCategoryImpl.class, doomed.getId()));
            return null;
        });

        List<GuideDocument> told = listener.savedDocuments(id);
        assertThat(told).isNotEmpty();
        assertThat(told.get(told.size() - 1).getCategorySlug()).isEqualTo(parent.getSlug());
        String childsParent = inTransaction(
                status -> em.find(GuideCategoryImpl.class, child.getId()).getParent().getSlug());
        assertThat(childsParent).isEqualTo(parent.getSlug());
    }

    @Test
    void theServicesSavesAreToldToo() {
        Guide saved = guideService.save(guide("Through the service", GuideStatus.DRAFT, null));

        List<GuideDocument> told = listener.savedDocuments(saved.getId());
        assertThat(told).hasSize(1);
        assertThat(told.get(0).isListed()).isFalse();
    }

    @Test
    void theChangesOfOneTransactionAreToldTogether() {
        final Long doomed = persisted(guide("Deleted with the others", GuideStatus.PUBLISHED, hourAgo));
        listener.clear();

        List<Long> ids = inTransaction(status -> {
            Guide first = guide("First of a batch", GuideStatus.PUBLISHED, hourAgo);
            Guide second = guide("Second of a batch", GuideStatus.DRAFT, null);
            em.persist(first);
            em.persist(second);
            em.remove(em.find(GuideImpl.class, doomed));
            return Arrays.asList(first.getId(), second.getId());
        });

        assertThat(listener.batchSizes()).containsExactly(3);
        assertThat(listener.savedDocuments(ids.get(0))).hasSize(1);
        assertThat(listener.savedDocuments(ids.get(1))).hasSize(1);
        assertThat(listener.deletedIds()).containsExactly(doomed);
    }
}
