package io.concierge.core.loyalty;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A what-if simulation (CNC_LOYALTY_SIMULATION): who ran it, when, and the draft's window; the draft's thresholds
 * and every customer's old and new tier are the run's rows of the evaluation's work tables, kept for the
 * simulator's pages and CSV until the simulation is {@value LoyaltySimulator#KEEP_HOURS} hours old.
 */
@Entity
@Table(name = "CNC_LOYALTY_SIMULATION")
public class LoyaltySimulationImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "RUN_ID", length = 36)
    protected String runId;

    @Column(name = "SIMULATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date simulatedAt;

    @Column(name = "SIMULATED_BY", length = 100)
    protected String simulatedBy;

    @Column(name = "QUALIFYING_WINDOW", nullable = false, length = 20)
    protected String window;

    /**
     * True when the draft is decided over the standings' stored values in its window
     * ({@link LoyaltyEvaluation#storedValuesDecided}); false (null for older rows): by the run's evaluated rows.
     */
    @Column(name = "STORED_VALUES")
    protected Boolean storedValues;

    public String getRunId() {
        return runId;
    }

    public Date getSimulatedAt() {
        return simulatedAt;
    }

    public String getSimulatedBy() {
        return simulatedBy;
    }

    public boolean isStoredValues() {
        return Boolean.TRUE.equals(storedValues);
    }

    public LoyaltyWindow getWindow() {
        LoyaltyWindow known = LoyaltyWindow.getInstance(window);
        return known == null ? LoyaltyWindow.ROLLING_12_MONTHS : known;
    }
}
