package io.concierge.core.kb;

import io.concierge.core.kb.search.GuideDocumentSource;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

import static io.concierge.core.kb.GuideFixtures.category;
import static io.concierge.core.kb.GuideFixtures.guide;
import static io.concierge.core.kb.GuideFixtures.minutesFrom;
import static io.concierge.core.kb.GuideFixtures.tag;
import static io.concierge.core.kb.GuideFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

@ExtendWith(BroadleafContextExtension.class)
class GuideServiceIT {

    @Resource(name = "cncGuideService")
    GuideService guideService;

    @Resource(name = "cncGuideCategoryService")
    GuideCategoryService categoryService;

    @Resource(name = "cncGuideTagService")
    GuideTagService tagService;

    @Resource(name = "cncGuideDocumentSource")
    GuideDocumentSource documentSource;

    @Resource(name = "blCatalogService")
    CatalogService catalogService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    private final Date now = new Date();
    private final Date hourAgo = minutesFrom(now, -60);

    private Guide saved(String title, GuideStatus status, Date publishAt) {
        return guideService.save(guide(title, status, publishAt));
    }

    private Guide savedIn(GuideCategory category, String title, GuideStatus status, Date publishAt) {
        Guide guide = guide(title, status, publishAt);
        guide.setCategory(category);
        return guideService.save(guide);
    }

    private <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(transactionManager).execute(work);
    }

    @Test
    void savesAGuideWithDerivedSlugAndSanitizedBodyAndFindsItBySlug() {
        String marker = unique("marker");
        Guide guide = guideService.create();
        guide.setTitle("Como escolher o tênis certo " + marker);
        guide.setLocale("pt_BR");
        guide.setStatus(GuideStatus.PUBLISHED);
        guide.setBody("<h2>Tamanho</h2><p onclick=\"x()\">Meça o pé</p><script>alert(1)</script>");

        Guide saved = guideService.save(guide);

        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getSlug()).isEqualTo("como-escolher-o-tenis-certo-" + marker);
        Guide found = guideService.findVisibleBySlug(saved.getSlug(), new Date());
        assertThat(found.getTitle()).isEqualTo("Como escolher o tênis certo " + marker);
        assertThat(found.getBody()).isEqualTo("<h2>Tamanho</h2><p>Meça o pé</p>");
        assertThat(found.getPublishAt()).isNotNull();
        assertThat(found.getCreatedAt()).isNotNull();
        assertThat(found.getUpdatedAt()).isNotNull();
        assertThat(guideService.findById(saved.getId()).getSlug()).isEqualTo(saved.getSlug());
    }

    @Test
    void aTakenSlugIsRefusedAndNothingChanges() {
        Guide first = saved("First", GuideStatus.PUBLISHED, hourAgo);
        long guidesBefore = documentSource.countGuides();
        Guide second = guide("Second", GuideStatus.PUBLISHED, hourAgo);
        second.setSlug(first.getSlug());

        assertThatThrownBy(() -> guideService.save(second))
                .isInstanceOf(InvalidGuideException.class)
                .satisfies(e -> assertThat(((InvalidGuideException) e).getFieldErrors())
                        .containsOnly(entry("slug", KnowledgeBaseRules.SLUG_TAKEN)));

        assertThat(documentSource.countGuides()).isEqualTo(guidesBefore);
        assertThat(guideService.findBySlugForPreview(first.getSlug()).getTitle()).isEqualTo("First");
    }

    @Test
    void aGuideKeepsItsOwnSlugWhenEdited() {
        Guide guide = saved("Original title", GuideStatus.DRAFT, null);
        guide.setTitle("Better title");

        Guide edited = guideService.save(guide);

        assertThat(edited.getId()).isEqualTo(guide.getId());
        assertThat(guideService.findBySlugForPreview(guide.getSlug()).getTitle()).isEqualTo("Better title");
    }

    @Test
    void aSaveOfACopyReadBeforeAnotherSaveIsRefusedAndTheOtherEditStays() {
        Guide original = saved("Edited twice", GuideStatus.DRAFT, null);
        Guide firstEditorsCopy = guideService.findById(original.getId());
        Guide secondEditorsCopy = guideService.findById(original.getId());
        firstEditorsCopy.setTitle("First editor's title");
        guideService.save(firstEditorsCopy);
        secondEditorsCopy.setTitle("Second editor's title");

        assertThatThrownBy(() -> guideService.save(secondEditorsCopy))
                .isInstanceOf(InvalidGuideException.class)
                .satisfies(e -> assertThat(((InvalidGuideException) e).getFieldErrors())
                        .containsOnly(entry("version", KnowledgeBaseRules.EDITED_MEANWHILE)));
        assertThat(guideService.findById(original.getId()).getTitle()).isEqualTo("First editor's title");
    }

    @Test
    void anInvalidGuideIsRefusedFieldByFieldAndNothingIsSaved() {
        long guidesBefore = documentSource.countGuides();
        Guide guide = guideService.create();
        guide.setTitle("  ");
        guide.setSlug("Not A Slug");
        guide.setLocale("fr");
        guide.setStatus(GuideStatus.SCHEDULED);

        assertThatThrownBy(() -> guideService.save(guide))
                .isInstanceOf(InvalidGuideException.class)
                .satisfies(e -> assertThat(((InvalidGuideException) e).getFieldErrors()).containsOnly(
                        entry("title", KnowledgeBaseRules.REQUIRED),
                        entry("slug", KnowledgeBaseRules.SLUG_FORMAT),
                        entry("locale", KnowledgeBaseRules.LOCALE_UNSUPPORTED),
                        entry("publishAt", KnowledgeBaseRules.PUBLISH_AT_REQUIRED)));
        assertThat(documentSource.countGuides()).isEqualTo(guidesBefore);
    }

    @Test
    void aScheduledGuideAppearsAtItsTimeAndOtherStatusesStayHidden() {
        GuideCategory category = categoryService.save(category("Scheduling", null));
        Guide scheduled = savedIn(category, "Scheduled", GuideStatus.SCHEDULED, minutesFrom(now, 30));
        Date publishAt = scheduled.getPublishAt(); // kept to the second
        Guide draft = savedIn(category, "Draft", GuideStatus.DRAFT, hourAgo);
        Guide archived = savedIn(category, "Archived", GuideStatus.ARCHIVED, hourAgo);
        Guide publishedLater = savedIn(category, "Published later", GuideStatus.PUBLISHED, minutesFrom(now, 60));
        Date justBefore = new Date(publishAt.getTime() - 1);

        assertThat(guideService.findVisibleBySlug(scheduled.getSlug(), justBefore)).isNull();
        assertThat(guideService.findVisibleBySlug(scheduled.getSlug(), publishAt)).isNotNull();
        assertThat(listedSlugs(category, justBefore)).isEmpty();
        assertThat(listedSlugs(category, publishAt)).containsExactly(scheduled.getSlug());
        assertThat(listedSlugs(category, minutesFrom(now, 90)))
                .containsExactly(publishedLater.getSlug(), scheduled.getSlug());

        for (Guide hidden : new Guide[] {draft, archived}) {
            assertThat(guideService.findVisibleBySlug(hidden.getSlug(), minutesFrom(now, 90))).isNull();
            assertThat(guideService.findBySlugForPreview(hidden.getSlug()).getId()).isEqualTo(hidden.getId());
        }
        assertThat(guideService.findVisibleBySlug(unique("unknown"), now)).isNull();
        assertThat(guideService.findBySlugForPreview(unique("unknown"))).isNull();
    }

    private List<String> slugs(GuidePage page) {
        List<String> slugs = new ArrayList<String>();
        for (Guide guide : page.getGuides()) {
            slugs.add(guide.getSlug());
        }
        return slugs;
    }

    private List<String> listedSlugs(GuideCategory category, Date at) {
        return slugs(guideService.listVisible(1, 50, category.getSlug(), null, null, at));
    }

    @Test
    void listsVisibleGuidesNewestFirstPageByPage() {
        GuideCategory category = categoryService.save(category("Paging", null));
        Guide[] guides = new Guide[5];
        for (int i = 0; i < guides.length; i++) {
            guides[i] = savedIn(category, "Guide " + i, GuideStatus.PUBLISHED, minutesFrom(hourAgo, i));
        }
        savedIn(category, "Hidden draft", GuideStatus.DRAFT, now);

        GuidePage first = guideService.listVisible(1, 2, category.getSlug(), null, null, now);
        GuidePage last = guideService.listVisible(3, 2, category.getSlug(), null, null, now);

        assertThat(slugs(first)).containsExactly(guides[4].getSlug(), guides[3].getSlug());
        assertThat(first.getTotalCount()).isEqualTo(5);
        assertThat(first.getTotalPages()).isEqualTo(3);
        assertThat(first.isHasNext()).isTrue();
        assertThat(slugs(last)).containsExactly(guides[0].getSlug());
        assertThat(last.isHasNext()).isFalse();
        assertThat(guideService.listVisible(0, 2, category.getSlug(), null, null, now).getPage()).isEqualTo(1);
        assertThat(guideService.listVisible(9, 2, category.getSlug(), null, null, now).getGuides()).isEmpty();
    }

    @Test
    void linksEveryVisibleGuideOfAnyLanguageForTheSitemap() {
        Guide older = saved("Linked older", GuideStatus.PUBLISHED, minutesFrom(hourAgo, -30));
        Guide newer = guide("Linked newer", GuideStatus.SCHEDULED, hourAgo);
        newer.setLocale("pt_BR");
        newer = guideService.save(newer);
        Guide draft = saved("Not linked draft", GuideStatus.DRAFT, hourAgo);
        Guide future = saved("Not linked yet", GuideStatus.SCHEDULED, minutesFrom(now, 30));

        List<String> slugs = new ArrayList<String>();
        Date lastModifiedOfOlder = null;
        for (GuideLink link : guideService.findVisibleLinks(now)) {
            slugs.add(link.getSlug());
            if (link.getSlug().equals(older.getSlug())) {
                lastModifiedOfOlder = link.getLastModified();
            }
        }

        assertThat(slugs).contains(newer.getSlug(), older.getSlug())
                .doesNotContain(draft.getSlug(), future.getSlug());
        assertThat(slugs.indexOf(newer.getSlug())).isLessThan(slugs.indexOf(older.getSlug()));
        // Published in the past but saved just now: the page last changed at the save.
        assertThat(lastModifiedOfOlder.getTime()).isEqualTo(older.getUpdatedAt().getTime())
                .isGreaterThan(older.getPublishAt().getTime());
    }

    @Test
    void narrowsListingsByCategoryTreeTagAndLanguage() {
        GuideCategory outdoor = categoryService.save(category("Outdoor", null));
        GuideCategory tents = categoryService.save(category("Tents", outdoor));
        GuideTag waterproof = tagService.save(tag("Waterproof"));
        Guide inParent = savedIn(outdoor, "Camping basics", GuideStatus.PUBLISHED, minutesFrom(hourAgo, 1));
        Guide inChild = guide("Pitching a tent", GuideStatus.PUBLISHED, minutesFrom(hourAgo, 2));
        inChild.setCategory(tents);
        inChild.setLocale("es");
        inChild.getTags().add(waterproof);
        inChild = guideService.save(inChild);

        assertThat(slugs(guideService.listVisible(1, 10, outdoor.getSlug(), null, null, now)))
                .containsExactly(inChild.getSlug(), inParent.getSlug());
        assertThat(slugs(guideService.listVisible(1, 10, tents.getSlug(), null, null, now)))
                .containsExactly(inChild.getSlug());
        assertThat(slugs(guideService.listVisible(1, 10, outdoor.getSlug(), waterproof.getSlug(), null, now)))
                .containsExactly(inChild.getSlug());
        assertThat(slugs(guideService.listVisible(1, 10, outdoor.getSlug(), null, "en", now)))
                .containsExactly(inParent.getSlug());
        assertThat(slugs(guideService.listVisible(1, 10, null, waterproof.getSlug(), " ", now)))
                .containsExactly(inChild.getSlug());
        GuidePage unknown = guideService.listVisible(1, 10, unique("no-such-category"), null, null, now);
        assertThat(unknown.getGuides()).isEmpty();
        assertThat(unknown.getTotalCount()).isZero();
    }

    @Test
    void countsViewsAndVotesOfVisibleGuidesOnly() {
        Guide published = saved("Counted", GuideStatus.PUBLISHED, hourAgo);
        Guide draft = saved("Not counted", GuideStatus.DRAFT, hourAgo);

        assertThat(guideService.recordView(published.getId())).isTrue();
        assertThat(guideService.recordView(published.getId())).isTrue();
        assertThat(guideService.vote(published.getId(), true)).isTrue();
        assertThat(guideService.vote(published.getId(), true)).isTrue();
        assertThat(guideService.vote(published.getId(), false)).isTrue();
        assertThat(guideService.vote(draft.getId(), true)).isFalse();
        assertThat(guideService.recordView(draft.getId())).isFalse();
        assertThat(guideService.vote(-12345L, true)).isFalse();

        Guide counted = guideService.findById(published.getId());
        assertThat(counted.getViewCount()).isEqualTo(2);
        assertThat(counted.getHelpfulVotes()).isEqualTo(2);
        assertThat(counted.getUnhelpfulVotes()).isEqualTo(1);
        Guide notCounted = guideService.findById(draft.getId());
        assertThat(notCounted.getHelpfulVotes() + notCounted.getViewCount()).isZero();
    }

    @Test
    void anEditorsSaveOfAnOlderCopyKeepsTheVotesCastMeanwhile() {
        Guide editorsCopy = saved("Edited while voted", GuideStatus.PUBLISHED, hourAgo);
        guideService.vote(editorsCopy.getId(), true);
        guideService.recordView(editorsCopy.getId());

        editorsCopy.setSummary("Edited");
        guideService.save(editorsCopy);

        Guide reread = guideService.findById(editorsCopy.getId());
        assertThat(reread.getSummary()).isEqualTo("Edited");
        assertThat(reread.getHelpfulVotes()).isEqualTo(1);
        assertThat(reread.getViewCount()).isEqualTo(1);
    }

    @Test
    void findsTheVisibleGuidesLinkedToABroadleafProductInProductOrder() {
        final Product boots = createProduct("Trail boots " + unique("p"));
        final Product socks = createProduct("Wool socks " + unique("p"));
        Guide linked = guide("Breaking in boots", GuideStatus.PUBLISHED, hourAgo);
        linked.addProductLink(socks);
        linked.addProductLink(boots);
        linked = guideService.save(linked);
        Guide newerLinked = guide("Lacing boots", GuideStatus.PUBLISHED, minutesFrom(hourAgo, 5));
        newerLinked.addProductLink(boots);
        newerLinked = guideService.save(newerLinked);
        Guide draftLinked = guide("Draft about boots", GuideStatus.DRAFT, hourAgo);
        draftLinked.addProductLink(boots);
        guideService.save(draftLinked);
        saved("Unrelated", GuideStatus.PUBLISHED, hourAgo);

        List<Guide> forBoots = guideService.findVisibleForProduct(boots.getId(), now);
        assertThat(forBoots).extracting(Guide::getSlug).containsExactly(newerLinked.getSlug(), linked.getSlug());
        assertThat(guideService.findVisibleForProduct(socks.getId(), now)).extracting(Guide::getSlug)
                .containsExactly(linked.getSlug());
        final Long linkedId = linked.getId();
        List<Long> productOrder = inTransaction(status -> {
            List<Long> ids = new ArrayList<Long>();
            for (GuideProductLink link : guideService.findById(linkedId).getProductLinks()) {
                ids.add(link.getProduct().getId());
            }
            return ids;
        });
        assertThat(productOrder).containsExactly(socks.getId(), boots.getId());
    }

    private Product createProduct(final String name) {
        return inTransaction(status -> {
            Product product = catalogService.createProduct(ProductType.PRODUCT);
            Sku sku = catalogService.createSku();
            sku.setName(name);
            product.setDefaultSku(sku);
            return catalogService.saveProduct(product);
        });
    }

    @Test
    void suggestsTheVisibleRelatedGuidesInTheEditorsOrder() {
        Guide second = saved("Second suggestion", GuideStatus.PUBLISHED, hourAgo);
        Guide hidden = saved("Hidden suggestion", GuideStatus.DRAFT, hourAgo);
        Guide first = saved("First suggestion", GuideStatus.PUBLISHED, minutesFrom(now, -10));
        Guide later = saved("Later suggestion", GuideStatus.SCHEDULED, minutesFrom(now, 10));
        Guide guide = guide("With suggestions", GuideStatus.PUBLISHED, hourAgo);
        guide.addRelatedGuide(first);
        guide.addRelatedGuide(hidden);
        guide.addRelatedGuide(second);
        guide.addRelatedGuide(later);
        guide = guideService.save(guide);

        assertThat(guideService.findRelatedVisible(guide.getId(), now)).extracting(Guide::getSlug)
                .containsExactly(first.getSlug(), second.getSlug());
        assertThat(guideService.findRelatedVisible(guide.getId(), minutesFrom(now, 10))).extracting(Guide::getSlug)
                .containsExactly(first.getSlug(), second.getSlug(), later.getSlug());
    }

    @Test
    void deletingAGuideTakesItsLinksAlongAndLeavesTheGuidesThatSuggestedIt() {
        Product product = createProduct("Tent " + unique("p"));
        Guide doomed = guide("Doomed", GuideStatus.PUBLISHED, hourAgo);
        doomed.addProductLink(product);
        doomed = guideService.save(doomed);
        Guide suggesting = guide("Suggesting", GuideStatus.PUBLISHED, hourAgo);
        suggesting.addRelatedGuide(doomed);
        suggesting = guideService.save(suggesting);

        guideService.delete(doomed.getId());

        assertThat(guideService.findById(doomed.getId())).isNull();
        assertThat(guideService.findVisibleForProduct(product.getId(), now)).isEmpty();
        assertThat(guideService.findRelatedVisible(suggesting.getId(), now)).isEmpty();
        assertThat(guideService.findVisibleBySlug(suggesting.getSlug(), now)).isNotNull();
    }

    @Test
    void reportsTheMostAndLeastHelpfulGuidesWithEnoughVotes() {
        int minVotes = 25; // more votes than any other test casts on one guide
        Guide loved = votedGuide("Loved", 24, 1);
        Guide disliked = votedGuide("Disliked", 5, 20);
        Guide split = votedGuide("Split", 13, 13);
        votedGuide("Too few votes", 3, 0);

        HelpfulnessReport report = guideService.helpfulnessReport(minVotes, 10);

        assertThat(report.getMostHelpful()).extracting(GuideHelpfulness::getSlug)
                .containsExactly(loved.getSlug(), split.getSlug(), disliked.getSlug());
        assertThat(report.getLeastHelpful()).extracting(GuideHelpfulness::getSlug)
                .containsExactly(disliked.getSlug(), split.getSlug(), loved.getSlug());
        GuideHelpfulness top = report.getMostHelpful().get(0);
        assertThat(top.getHelpfulVotes()).isEqualTo(24);
        assertThat(top.getUnhelpfulVotes()).isEqualTo(1);
        assertThat(top.getTitle()).isEqualTo("Loved");
        assertThat(report.getTotalHelpfulVotes()).isGreaterThanOrEqualTo(24 + 5 + 13 + 3);
        assertThat(report.getTotalUnhelpfulVotes()).isGreaterThanOrEqualTo(1 + 20 + 13);
        assertThat(guideService.helpfulnessReport(minVotes, 1).getMostHelpful()).hasSize(1);
    }

    private Guide votedGuide(String title, int helpful, int unhelpful) {
        Guide guide = saved(title, GuideStatus.PUBLISHED, hourAgo);
        for (int i = 0; i < helpful; i++) {
            guideService.vote(guide.getId(), true);
        }
        for (int i = 0; i < unhelpful; i++) {
            guideService.vote(guide.getId(), false);
        }
        return guide;
    }

    @Test
    void keepsTheCategoryTreeAndRefusesLoopsAndTakenSlugs() {
        GuideCategory root = categoryService.save(category("Tree root", null));
        GuideCategory child = categoryService.save(category("Tree child", root));
        GuideCategory grandChild = categoryService.save(category("Tree grandchild", child));

        GuideCategoryNode rootNode = null;
        for (GuideCategoryNode node : categoryService.categoryTree()) {
            if (node.getCategory().getId().equals(root.getId())) {
                rootNode = node;
            }
        }
        assertThat(rootNode).isNotNull();
        assertThat(rootNode.getChildren()).extracting(n -> n.getCategory().getSlug()).containsExactly(child.getSlug());
        assertThat(rootNode.getChildren().get(0).getChildren()).extracting(n -> n.getCategory().getSlug())
                .containsExactly(grandChild.getSlug());
        assertThat(categoryService.findBySlug(child.getSlug()).getParent().getId()).isEqualTo(root.getId());

        root.setParent(grandChild);
        assertThatThrownBy(() -> categoryService.save(root))
                .isInstanceOf(InvalidGuideException.class)
                .satisfies(e -> assertThat(((InvalidGuideException) e).getFieldErrors())
                        .containsOnly(entry("parent", KnowledgeBaseRules.PARENT_CYCLE)));
        assertThat(categoryService.findBySlug(root.getSlug()).getParent()).isNull();

        GuideCategory twin = category("Twin", null);
        twin.setSlug(child.getSlug());
        assertThatThrownBy(() -> categoryService.save(twin))
                .isInstanceOf(InvalidGuideException.class)
                .satisfies(e -> assertThat(((InvalidGuideException) e).getFieldErrors())
                        .containsOnly(entry("slug", KnowledgeBaseRules.SLUG_TAKEN)));
    }

    @Test
    void findsTagsBySlugAndDerivesTheirSlugs() {
        String marker = unique("tag");
        GuideTag tag = tagService.create();
        tag.setName("Trail Running " + marker);

        GuideTag saved = tagService.save(tag);

        assertThat(saved.getSlug()).isEqualTo("trail-running-" + marker);
        assertThat(tagService.findBySlug(saved.getSlug()).getName()).isEqualTo("Trail Running " + marker);
        assertThat(tagService.findAll()).extracting(GuideTag::getSlug).contains(saved.getSlug());
        assertThat(tagService.findBySlug(unique("none"))).isNull();
    }
}
