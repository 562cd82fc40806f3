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
 * {@link ProductSuppression} names. A product's candidates are kept per node for a short time
 * ({@link ProductCandidates}); those exclusions apply to them on every call.
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
        ProductCandidates candidates = ProductCandidates.of(productId, () -> candidates(product));
        Set<Long> excluded = new HashSet<Long>(leftOut);
        excluded.add(productId);
        excluded.addAll(suppressed(ids(candidates.complements), ids(candidates.substitutes)));
        return new ProductGuidance(product, firstOffered(candidates.complements, excluded),
                firstOffered(candidates.substitutes, excluded));
    }

    /** The product's candidates before any shopper, stock or suppression is considered. */
    private ProductCandidates candidates(Product product) {
        Map<Long, CoPurchaseRule> measured = new LinkedHashMap<Long, CoPurchaseRule>();
        for (CoPurchaseRule rule : rules.shownFor(product.getId())) {
            measured.put(rule.getRecommendedProductId(), rule);
        }
        Map<Long, List<Reason>> complements = new LinkedHashMap<Long, List<Reason>>();
        for (RelatedProduct link : product.getCrossSaleProducts()) {
            Product linked = link.getRelatedProduct();
            if (linked != null) {
                List<Reason> reasons = reasonsOf(complements, linked, link);
                CoPurchaseRule rule = measured.remove(linked.getId());
                if (rule != null) {
                    reasons.add(Reason.boughtTogether(rule));
                }
            }
        }
        for (CoPurchaseRule rule : measured.values()) {
            complements.computeIfAbsent(rule.getRecommendedProductId(), id -> new ArrayList<Reason>())
                    .add(Reason.boughtTogether(rule));
        }
        Map<Long, List<Reason>> substitutes = new LinkedHashMap<Long, List<Reason>>();
        for (RelatedProduct link : product.getUpSaleProducts()) {
            Product linked = link.getRelatedProduct();
            if (linked != null) {
                reasonsOf(substitutes, linked, link)
                        .add(Reason.alternative(ComparableAttributes.differences(product, linked)));
            }
        }
        return new ProductCandidates(listed(complements), listed(substitutes));
    }

    private static List<Reason> reasonsOf(Map<Long, List<Reason>> candidates, Product linked, RelatedProduct link) {
        List<Reason> reasons = candidates.computeIfAbsent(linked.getId(), id -> new ArrayList<Reason>());
        String promotionMessage = link.getPromotionMessage();
        if (promotionMessage != null && !promotionMessage.trim().isEmpty()) {
            reasons.add(Reason.merchant(promotionMessage));
        }
        return reasons;
    }

    private static List<ProductCandidates.Candidate> listed(Map<Long, List<Reason>> candidates) {
        List<ProductCandidates.Candidate> listed = new ArrayList<ProductCandidates.Candidate>();
        for (Map.Entry<Long, List<Reason>> candidate : candidates.entrySet()) {
            if (!candidate.getValue().isEmpty()) {
                listed.add(new ProductCandidates.Candidate(candidate.getKey(), candidate.getValue()));
            }
        }
        return listed;
    }

    private static Set<Long> ids(List<ProductCandidates.Candidate> candidates) {
        Set<Long> ids = new HashSet<Long>();
        for (ProductCandidates.Candidate candidate : candidates) {
            ids.add(candidate.productId);
        }
        return ids;
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

    /** Products are loaded only when their turn comes: a product may have hundreds of rules. */
    private List<Recommendation> firstOffered(List<ProductCandidates.Candidate> candidates, Set<Long> excluded) {
        List<Recommendation> offered = new ArrayList<Recommendation>();
        for (ProductCandidates.Candidate candidate : candidates) {
            if (offered.size() == Guidance.MAX_PER_BLOCK) {
                break;
            }
            if (excluded.contains(candidate.productId)) {
                continue;
            }
            Product recommended = catalogService.findProductById(candidate.productId);
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
}
