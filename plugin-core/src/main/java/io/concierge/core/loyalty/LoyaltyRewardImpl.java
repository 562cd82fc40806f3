package io.concierge.core.loyalty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * A tier's one-time entry reward given to a customer (CNC_LOYALTY_REWARD): the single-use coupon made for them, a
 * Broadleaf offer and its code. Unique per customer and tier, so that the reward is given once, whatever the number
 * of runs or nodes, and never again when the customer drops and re-enters the tier. A coupon with a validity ends
 * when its offer does ({@code validUntil}, the offer's end date); without one it runs until used.
 */
@Entity
@Table(name = "CNC_LOYALTY_REWARD", uniqueConstraints = @UniqueConstraint(name = "CNC_LOYALTY_REWARD_ONCE",
        columnNames = {"CUSTOMER_ID", "TIER_ID"}))
public class LoyaltyRewardImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "REWARD_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "TIER_ID", nullable = false)
    protected Long tierId;

    /** The change log's entry into the tier that earned the reward. */
    @Column(name = "CHANGE_ID", nullable = false)
    protected Long changeId;

    @Column(name = "OFFER_ID", nullable = false)
    protected Long offerId;

    @Column(name = "OFFER_CODE_ID", nullable = false)
    protected Long offerCodeId;

    @Column(name = "CODE", nullable = false, length = 20)
    protected String code;

    @Column(name = "KIND", nullable = false, length = 16)
    protected String kind;

    @Column(name = "REWARD_VALUE", nullable = false, precision = 19, scale = 2)
    protected BigDecimal value;

    @Column(name = "GRANTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date grantedAt;

    /** When the coupon's offer ends; null: it runs until used. */
    @Column(name = "VALID_UNTIL")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date validUntil;

    public LoyaltyRewardImpl() {
    }

    LoyaltyRewardImpl(long customerId, long tierId, long changeId, long offerId, long offerCodeId, String code,
                      LoyaltyRewardKind kind, BigDecimal value, Date grantedAt, Date validUntil) {
        this.customerId = customerId;
        this.tierId = tierId;
        this.changeId = changeId;
        this.offerId = offerId;
        this.offerCodeId = offerCodeId;
        this.code = code;
        this.kind = kind.getType();
        this.value = value;
        this.grantedAt = grantedAt;
        this.validUntil = validUntil;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getTierId() {
        return tierId;
    }

    public Long getChangeId() {
        return changeId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getOfferCodeId() {
        return offerCodeId;
    }

    public String getCode() {
        return code;
    }

    public LoyaltyRewardKind getKind() {
        return LoyaltyRewardKind.getInstance(kind);
    }

    public BigDecimal getValue() {
        return value;
    }

    public Date getGrantedAt() {
        return grantedAt;
    }

    public Date getValidUntil() {
        return validUntil;
    }

    /** The day (UTC, as early access counts days) the coupon ends on; null: it runs until used. */
    public LocalDate getValidThrough() {
        // The coupon ends at midnight (UTC) after its last day.
        return validUntil == null ? null : validUntil.toInstant().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
    }
}
