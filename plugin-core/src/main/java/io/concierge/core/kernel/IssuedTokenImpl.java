package io.concierge.core.kernel;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A single-use token issued and maybe spent ({@link DatabaseTokenLedger}); deleted once expired. */
@Entity
@Table(name = "CNC_ISSUED_TOKEN")
public class IssuedTokenImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "TOKEN_KEY", length = 64)
    protected String tokenKey;

    @Column(name = "PURPOSE", nullable = false, length = 60)
    protected String purpose;

    @Column(name = "EXPIRES_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date expiresAt;

    @Column(name = "SPENT_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date spentAt;

    protected IssuedTokenImpl() {
    }

    IssuedTokenImpl(String tokenKey, String purpose, Date expiresAt) {
        this.tokenKey = tokenKey;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }
}
