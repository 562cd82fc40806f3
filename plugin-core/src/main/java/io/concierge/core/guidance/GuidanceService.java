package io.concierge.core.guidance;

import io.concierge.core.kernel.ProductSuppression;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.RelatedProduct;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.InventoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

/**
 * What to offer beside a product, and why (bean {@code cncGuidance}). "Goes well with": the merchant's cross-sale
 * links in their order, then the measured co-purchases strongest first; a linked product that is also measured
 * carries both reasons. "Consider instead": the merchant's up-sale links. Left out: the product itself, inactive or
 * unavailable products, what the cart holds (and durables the shopper bought), and whatever a
 * {@link ProductSuppression} names.
 */
@Component("cncGuidance")
public class GuidanceService {

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "blInventoryService")
    protected InventoryService inventoryService;

    @Resource(name = "cncCoPurchaseRules")
    protected CoPurchaseRules rules;

    @Autowired(required = false)
    protected List<ProductSuppression> suppressions = Collections.emptyList();

    /**
     * @param leftOut products not to offer: what the cart holds and, for a signed-in shopper, the durables they
     *                bought ({@link PersonalGuidanceService#durablesBought})
     * @return the product's guidance, or null when there is no such product
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public ProductGuidance forProduct(long productId, Collection<Long> leftOut) {
        Product product = catalogService.findProductById(productId);
        if (product == null) {
            return null;
        }
        Map<Long, CoPurchaseRule> measured = new LinkedHashMap<Long, CoPurchaseRule>();
        for (CoPurchaseRule rule : rules.shownFor(productId)) {
            measured.put(rule.getRecommendedProductId(), rule);
        }
        Map<Long, Candidate> complements = new LinkedHashMap<Long, Candidate>();
        for (RelatedProduct link : product.getCrossSaleProducts()) {
            Candidate candidate = candidate(complements, link.getRelatedProduct());
            candidate.addMerchantText(link.getPromotionMessage());
            CoPurchaseRule rule = candidate == Candidate.DISCARDED ? null : measured.remove(candidate.productId);
            if (rule != null) {
                candidate.add(Reason.boughtTogether(rule));
            }
        }
        // Products of the other rules are loaded only when their turn comes: a product may have hundreds of rules.
        for (CoPurchaseRule rule : measured.values()) {
            Candidate candidate = new Candidate(rule.getRecommendedProductId(), null);
            candidate.add(Reason.boughtTogether(rule));
            complements.put(candidate.productId, candidate);
        }
        Map<Long, Candidate> substitutes = new LinkedHashMap<Long, Candidate>();
        for (RelatedProduct link : product.getUpSaleProducts()) {
            Candidate candidate = candidate(substitutes, link.getRelatedProduct());
            candidate.addMerchantText(link.getPromotionMessage());
            if (candidate != Candidate.DISCARDED) {
                candidate.add(Reason.alternative(ComparableAttributes.differences(product, candidate.product)));
            }
        }
        Set<Long> excluded = new HashSet<Long>(leftOut);
        excluded.add(productId);
        excluded.addAll(suppressed(complements.keySet(), substitutes.keySet()));
        return new ProductGuidance(product, firstOffered(complements, excluded), firstOffered(substitutes, excluded));
    }

    private Set<Long> suppressed(Set<Long> complements, Set<Long> substitutes) {
        Set<Long> candidates = new HashSet<Long>(complements);
        candidates.addAll(substitutes);
        return suppressed(candidates);
    }

    /** Those of the candidates that a {@link ProductSuppression} keeps out of recommendations. */
    public Set<Long> suppressed(Set<Long> candidates) {
        Set<Long> suppressed = new HashSet<Long>();
        for (ProductSuppression suppression : suppressions) {
            suppressed.addAll(suppression.suppressed(candidates));
        }
        return suppressed;
    }

    private List<Recommendation> firstOffered(Map<Long, Candidate> candidates, Set<Long> excluded) {
        List<Recommendation> offered = new ArrayList<Recommendation>();
        for (Candidate candidate : candidates.values()) {
            if (offered.size() == Guidance.MAX_PER_BLOCK) {
                break;
            }
            if (candidate.reasons.isEmpty() || excluded.contains(candidate.productId)) {
                continue;
            }
            Product recommended = candidate.product != null ? candidate.product
                    : catalogService.findProductById(candidate.productId);
            if (recommended != null && isOffered(recommended)) {
                offered.add(new Recommendation(recommended, candidate.reasons));
            }
        }
        return offered;
    }

    /** Active, with a default SKU that can be sold now. */
    public boolean isOffered(Product product) {
        return product.isActive() && product.getDefaultSku() != null
                && inventoryService.isAvailable(product.getDefaultSku(), 1);
    }

    private static Candidate candidate(Map<Long, Candidate> candidates, Product product) {
        if (product == null) {
            return Candidate.DISCARDED;
        }
        return candidates.computeIfAbsent(product.getId(), id -> new Candidate(id, product));
    }

    private static final class Candidate {

        /** Collects the reasons of a product that no longer exists, so callers need no null check. */
        static final Candidate DISCARDED = new Candidate(null, null);

        final Long productId;
        /** Null until needed for a measured co-purchase (loaded by id then); a link brings its product. */
        final Product product;
        final List<Reason> reasons = new ArrayList<Reason>();

        Candidate(Long productId, Product product) {
            this.productId = productId;
            this.product = product;
        }

        void addMerchantText(String promotionMessage) {
            if (promotionMessage != null && !promotionMessage.trim().isEmpty()) {
                add(Reason.merchant(promotionMessage));
            }
        }

        void add(Reason reason) {
            if (this != DISCARDED) {
                reasons.add(reason);
            }
        }
    }
}
