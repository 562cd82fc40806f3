package io.concierge.admin.kernel;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Adds the missing admin rows of every {@link AdminRowContributor} when the admin's root context has started, that is
 * after Hibernate has created or updated the schema: all of them on a new database, the new ones after an upgrade,
 * none on later starts. Rows that exist are never changed, and a grant or link between two rows that were both
 * there already is not added again: an administrator removed it. Rows that a contributor has retired (an earlier
 * version's sections and permissions) are deleted with everything that refers to them.
 *
 * <p>Several admin nodes may start at once on one database. Each adds its rows in one transaction that first locks
 * the first row (the kernel's menu module, which every Concierge section hangs from), so the nodes take turns; two
 * nodes that both find a new database empty race on inserting that row, and the loser starts again and then finds
 * everything there.
 */
@Component("cncAdminRowSeeder")
public class AdminRowSeeder implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {

    private static final Log LOG = LogFactory.getLog(AdminRowSeeder.class);
    private static final int ATTEMPTS = 3;

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final List<AdminRowContributor> contributors;
    private final List<Long> retiredSections = new ArrayList<Long>();
    private final List<Long> retiredPermissions = new ArrayList<Long>();
    private ApplicationContext context;

    /**
     * @param transactionManager Broadleaf's, for blPU's data source; the rows are written in plain JDBC transactions
     *                           on it, since Hibernate's connections would turn a duplicate key into a Hibernate
     *                           exception before Spring could tell it from other failures
     */
    @Autowired
    public AdminRowSeeder(@Qualifier("blTransactionManager") JpaTransactionManager transactionManager,
                          List<AdminRowContributor> contributors) {
        DataSource dataSource = transactionManager.getDataSource();
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.jdbc = new JdbcTemplate(dataSource);
        this.contributors = contributors;
        for (AdminRowContributor contributor : contributors) {
            AdminRows rows = contributor.adminRows();
            retiredSections.addAll(rows.retiredSections());
            retiredPermissions.addAll(rows.retiredPermissions());
        }
    }

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.context = applicationContext;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        // The DispatcherServlet's context announces its own start to this one too.
        if (event.getApplicationContext() == context) {
            LOG.info(seed());
        }
    }

    /** Adds the missing rows; returns the one-line account that the start logs. */
    public Result seed() {
        final List<Owned> rows = inSeedingOrder(contributors);
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(new TransactionCallback<Result>() {
                    @Override
                    public Result doInTransaction(TransactionStatus status) {
                        return addMissing(rows);
                    }
                });
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // Another node added the same rows meanwhile; the next attempt waits for it and finds them.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Result addMissing(List<Owned> rows) {
        Result result = new Result(rows.size());
        Set<AdminRow.Key> added = new HashSet<AdminRow.Key>();
        AdminRow first = rows.get(0).row;
        boolean firstIsNew = jdbc.update(first.lockSql(), first.keyValues()) == 0;
        // Read under the lock: another node seeding now waits for this transaction, and one before it has committed.
        Set<AdminRow.Key> existing = existingKeys(rows);
        result.retired = deleteRetired(existing);
        if (result.retired > 0) {
            // Their links went with them.
            existing = existingKeys(rows);
        }
        if (firstIsNew) {
            insert(first, existing);
            added.add(first.key());
            result.added(rows.get(0).owner);
        }
        for (Owned owned : rows.subList(1, rows.size())) {
            AdminRow row = owned.row;
            if (existing.contains(row.key())) {
                continue;
            }
            if (row.table().isXref() && Collections.disjoint(row.references(), added)) {
                // Both ends were there already: an administrator removed this grant or link, and it stays removed.
                result.removedLinks++;
                continue;
            }
            if (!existing.containsAll(row.references())) {
                result.skipped++;
                continue;
            }
            insert(row, existing);
            added.add(row.key());
            result.added(owned.owner);
        }
        return result;
    }

    /** @return how many retired sections and permissions were still there; none is looked for twice */
    private int deleteRetired(Set<AdminRow.Key> existing) {
        int deleted = 0;
        for (Long section : retiredSections) {
            if (!existing.contains(new AdminRow.Key(AdminTable.SECTION, section))) {
                continue;
            }
            jdbc.update("DELETE FROM BLC_ADMIN_SEC_PERM_XREF WHERE ADMIN_SECTION_ID = ?", section);
            deleted += jdbc.update("DELETE FROM BLC_ADMIN_SECTION WHERE ADMIN_SECTION_ID = ?", section);
        }
        for (Long permission : retiredPermissions) {
            if (!existing.contains(new AdminRow.Key(AdminTable.PERMISSION, permission))) {
                continue;
            }
            for (String table : new String[] {"BLC_ADMIN_SEC_PERM_XREF", "BLC_ADMIN_ROLE_PERMISSION_XREF",
                    "BLC_ADMIN_USER_PERMISSION_XREF", "BLC_ADMIN_PERMISSION_ENTITY"}) {
                jdbc.update("DELETE FROM " + table + " WHERE ADMIN_PERMISSION_ID = ?", permission);
            }
            jdbc.update("DELETE FROM BLC_ADMIN_PERMISSION_XREF WHERE ADMIN_PERMISSION_ID = ? OR CHILD_PERMISSION_ID = ?",
                    permission, permission);
            deleted += jdbc.update("DELETE FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID = ?", permission);
        }
        return deleted;
    }

    /** The keys already in the tables that the rows are in or refer to: one query per table, not one per row. */
    private Set<AdminRow.Key> existingKeys(List<Owned> rows) {
        Set<AdminTable> tables = EnumSet.noneOf(AdminTable.class);
        for (Owned owned : rows) {
            tables.add(owned.row.table());
            for (AdminRow.Key reference : owned.row.references()) {
                tables.add(reference.table);
            }
        }
        final Set<AdminRow.Key> keys = new HashSet<AdminRow.Key>();
        for (final AdminTable table : tables) {
            jdbc.query(table.selectKeysSql(), new RowCallbackHandler() {
                @Override
                public void processRow(ResultSet row) throws SQLException {
                    Object[] values = new Object[table.keyColumns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = row.getObject(i + 1);
                    }
                    keys.add(new AdminRow.Key(table, values));
                }
            });
        }
        return keys;
    }

    private void insert(AdminRow row, Set<AdminRow.Key> existing) {
        jdbc.update(row.insertSql(), row.insertValues());
        existing.add(row.key());
    }

    /** All contributors' rows, table by table in the order rows refer to each other; one owner per row. */
    static List<Owned> inSeedingOrder(List<AdminRowContributor> contributors) {
        Map<AdminRow.Key, String> owners = new HashMap<AdminRow.Key, String>();
        List<Owned> rows = new ArrayList<Owned>();
        for (AdminRowContributor contributor : contributors) {
            AdminRows contributed = contributor.adminRows();
            for (AdminRow row : contributed.rows()) {
                String owner = owners.put(row.key(), contributed.owner());
                if (owner != null) {
                    throw new IllegalStateException("the admin row " + row.key() + " is declared by " + owner
                            + " and by " + contributed.owner() + "; each part needs an id block of its own");
                }
                rows.add(new Owned(contributed.owner(), row));
            }
        }
        Collections.sort(rows, new Comparator<Owned>() {
            @Override
            public int compare(Owned a, Owned b) {
                return a.row.table().compareTo(b.row.table());
            }
        });
        if (rows.isEmpty() || rows.get(0).row.table() != AdminTable.MODULE) {
            throw new IllegalStateException("no admin menu module is declared; the kernel's is missing");
        }
        return rows;
    }

    static final class Owned {
        final String owner;
        final AdminRow row;

        Owned(String owner, AdminRow row) {
            this.owner = owner;
            this.row = row;
        }
    }

    /** What one run did. */
    public static final class Result {
        private final int declared;
        private final Map<String, Integer> addedByOwner = new LinkedHashMap<String, Integer>();
        private int added;
        private int skipped;
        private int removedLinks;
        private int retired;

        Result(int declared) {
            this.declared = declared;
        }

        private void added(String owner) {
            Integer before = addedByOwner.get(owner);
            addedByOwner.put(owner, before == null ? 1 : before + 1);
            added++;
        }

        public int added() {
            return added;
        }

        public int skipped() {
            return skipped;
        }

        public int removedLinks() {
            return removedLinks;
        }

        /** Retired sections and permissions that this run deleted. */
        public int retired() {
            return retired;
        }

        @Override
        public String toString() {
            return "Concierge admin rows: " + (added == 0 ? "none missing" : "added " + added + " " + addedByOwner)
                    + " of " + declared
                    + (retired == 0 ? "" : "; deleted " + retired + " retired sections and permissions")
                    + (removedLinks == 0 ? "" : "; left out, as removed in the admin: " + removedLinks)
                    + (skipped == 0 ? "" : "; left out for a missing Broadleaf role or permission: " + skipped);
        }
    }
}
