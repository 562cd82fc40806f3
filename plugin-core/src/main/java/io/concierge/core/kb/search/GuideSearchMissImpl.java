package io.concierge.core.kb.search;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * JPA mapping of {@link GuideSearchMiss}; one row per normalized text and locale, counted up by a single update
 * statement so that concurrent searches on several nodes lose no count. Read-only in the admin.
 */
@Entity
@Table(name = "CNC_GUIDE_SEARCH_MISS",
        uniqueConstraints = @UniqueConstraint(name = "CNC_GUIDE_SEARCH_MISS_KEY", columnNames = {"QUERY", "LOCALE"}))
@AdminPresentationClass(friendlyName = "GuideSearchMissImpl_friendly")
public class GuideSearchMissImpl implements GuideSearchMiss {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "GuideSearchMissId")
    @GenericGenerator(name = "GuideSearchMissId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "GuideSearchMissImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.kb.search.GuideSearchMissImpl")})
    @Column(name = "MISS_ID")
    protected Long id;

    @Column(name = "QUERY", nullable = false, length = SearchMisses.MAX_QUERY_LENGTH)
    @AdminPresentation(friendlyName = "GuideSearchMissImpl_query", order = 1, prominent = true, gridOrder = 1,
            readOnly = true)
    protected String query;

    @Column(name = "LOCALE", nullable = false, length = 10)
    @AdminPresentation(friendlyName = "GuideSearchMissImpl_locale", order = 2, prominent = true, gridOrder = 2,
            readOnly = true, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.kernel.LanguageType")
    protected String locale;

    @Column(name = "MISS_COUNT", nullable = false)
    @AdminPresentation(friendlyName = "GuideSearchMissImpl_count", order = 3, prominent = true, gridOrder = 3,
            readOnly = true)
    protected Long missCount;

    /** Nullable: rows written before this column existed have no distinct-client count. */
    @Column(name = "CLIENT_COUNT")
    @AdminPresentation(friendlyName = "GuideSearchMissImpl_clientCount", order = 4, prominent = true, gridOrder = 4,
            readOnly = true)
    protected Long clientCount;

    @Column(name = "FIRST_SEEN", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GuideSearchMissImpl_firstSeen", order = 5, readOnly = true)
    protected Date firstSeen;

    @Column(name = "LAST_SEEN", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "GuideSearchMissImpl_lastSeen", order = 6, prominent = true, gridOrder = 5,
            readOnly = true)
    protected Date lastSeen;

    /** A plain id, not an association: the report survives the guide's deletion. */
    @Column(name = "DRAFT_GUIDE_ID")
    @AdminPresentation(excluded = true)
    protected Long draftGuideId;

    public GuideSearchMissImpl() {
    }

    GuideSearchMissImpl(String query, String locale, long count, long clients, Date firstSeen, Date lastSeen) {
        this.query = query;
        this.locale = locale;
        this.missCount = count;
        this.clientCount = clients;
        this.firstSeen = new Date(firstSeen.getTime());
        this.lastSeen = new Date(lastSeen.getTime());
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getQuery() {
        return query;
    }

    @Override
    public String getLocale() {
        return locale;
    }

    @Override
    public long getCount() {
        return missCount;
    }

    @Override
    public long getClientCount() {
        return clientCount == null ? 0 : clientCount;
    }

    @Override
    public Date getFirstSeen() {
        return firstSeen == null ? null : new Date(firstSeen.getTime());
    }

    @Override
    public Date getLastSeen() {
        return lastSeen == null ? null : new Date(lastSeen.getTime());
    }

    @Override
    public Long getDraftGuideId() {
        return draftGuideId;
    }

    @Override
    public void setDraftGuideId(Long guideId) {
        this.draftGuideId = guideId;
    }
}
