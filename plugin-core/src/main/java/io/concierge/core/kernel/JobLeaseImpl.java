package io.concierge.core.kernel;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** One job's lease (CNC_JOB_LEASE): which node runs it now and until when ({@link JobLeases}). */
@Entity
@Table(name = "CNC_JOB_LEASE")
public class JobLeaseImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "JOB_NAME", length = 64)
    protected String jobName;

    static final int MAX_HOLDER_LENGTH = 64;

    @Column(name = "HOLDER", length = MAX_HOLDER_LENGTH)
    protected String holder;

    @Column(name = "LEASE_UNTIL", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date leaseUntil;

    public JobLeaseImpl() {
    }

    JobLeaseImpl(String jobName, String holder, Date leaseUntil) {
        this.jobName = jobName;
        this.holder = holder;
        this.leaseUntil = leaseUntil;
    }
}
