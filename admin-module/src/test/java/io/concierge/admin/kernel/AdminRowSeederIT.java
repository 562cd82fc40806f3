package io.concierge.admin.kernel;

import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRoleImpl;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUserImpl;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin rows on the test database, which Hibernate created with Broadleaf's own admin rows only: the seeder
 * ran at the context's start; it upgrades the rows that Concierge 0.1's import SQL wrote; it adds the missing rows of an older
 * installation and of a new part, once, also when two nodes start at once; it leaves removed grants removed.
 */
@ExtendWith(BroadleafContextExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminRowSeederIT {

    private static final List<String> CONCIERGE_SECTIONS = Arrays.asList("ConciergeCapabilities",
            "ConciergeGuides", "ConciergeGuideCategories", "ConciergeGuideTags", "ConciergeGuideSynonyms",
            "ConciergeGuideReports", "ConciergeKnowledgeBaseOptions", "ConciergeHelpCenterOptions",
            "ConciergeOrderCare", "ConciergeReturnReasons", "ConciergeCases", "ConciergeCaseReasons",
            "ConciergeContactChannels", "ConciergeAgentLimits", "ConciergeFaq", "ConciergeSurveys",
            "ConciergeSurveyDashboard", "ConciergeMailOutbox",
            "ConciergeLoyaltyTiers", "ConciergeLoyaltyOptions", "ConciergeLoyaltySimulator",
            "ConciergeLoyaltyAssignments", "ConciergeGuidanceOptions", "ConciergeGuidanceRules");

    @Resource(name = "cncAdminRowSeeder")
    AdminRowSeeder seeder;

    @Resource(name = "cncKnowledgeBaseAdminRows")
    AdminRowContributor knowledgeBase;

    @Autowired
    List<AdminRowContributor> contributors;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "blAdminNavigationService")
    AdminNavigationService navigation;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private ConciergeAdminRowsInDatabase database() {
        return new ConciergeAdminRowsInDatabase(transactionManager.getDataSource());
    }

    private int declaredRows() {
        int rows = 0;
        for (AdminRowContributor contributor : contributors) {
            rows += contributor.adminRows().rows().size();
        }
        return rows;
    }

    @Test
    @Order(1)
    void theStartAddedEveryRowAfterHibernateCreatedTheSchema() {
        assertThat(database().all()).hasSize(declaredRows());
        assertThat(seeder.seed().added()).isZero();
        assertThat(database().count("SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE ADMIN_MODULE_ID = ?",
                KernelAdminRows.CUSTOMER_SERVICE_MODULE)).isEqualTo(CONCIERGE_SECTIONS.size());
    }

    /** Broadleaf's own check, per role: the master admin sees everything, the others what their work needs. */
    @Test
    @Order(2)
    void eachRoleSeesTheSectionsItWasGranted() {
        em.getEntityManagerFactory().getCache().evictAll();
        assertThat(sectionsSeenBy(AdminRows.MASTER_ROLE)).containsExactlyElementsOf(CONCIERGE_SECTIONS);
        assertThat(sectionsSeenBy(AdminRows.CUSTOMER_SERVICE_ROLE))
                .containsExactly("ConciergeCapabilities", "ConciergeGuides", "ConciergeGuideReports",
                        "ConciergeKnowledgeBaseOptions", "ConciergeHelpCenterOptions", "ConciergeOrderCare",
                        "ConciergeReturnReasons", "ConciergeCases", "ConciergeCaseReasons", "ConciergeContactChannels",
                        "ConciergeFaq", "ConciergeSurveys", "ConciergeSurveyDashboard", "ConciergeMailOutbox",
                        "ConciergeLoyaltyTiers", "ConciergeLoyaltyOptions", "ConciergeLoyaltySimulator",
                        "ConciergeLoyaltyAssignments", "ConciergeGuidanceOptions", "ConciergeGuidanceRules");
        assertThat(sectionsSeenBy(AdminRows.CONTENT_EDITOR_ROLE)).containsExactly("ConciergeGuides",
                "ConciergeGuideCategories", "ConciergeGuideTags", "ConciergeGuideSynonyms", "ConciergeGuideReports",
                "ConciergeKnowledgeBaseOptions", "ConciergeFaq");
    }

    private List<String> sectionsSeenBy(final long roleId) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            AdminUserImpl user = new AdminUserImpl();
            user.getAllRoles().add((AdminRole) em.find(AdminRoleImpl.class, roleId));
            List<String> seen = new ArrayList<String>();
            for (String key : CONCIERGE_SECTIONS) {
                AdminSection section = navigation.findAdminSectionBySectionKey(key);
                if (navigation.isUserAuthorizedToViewSection(user, section)) {
                    seen.add(key);
                }
            }
            return seen;
        });
    }

    @Test
    @Order(3)
    void aDatabaseOfConcierge01IsUpgradedAtTheNextStart() {
        List<String> seeded = database().all();
        database().deleteAll();
        ResourceDatabasePopulator legacySql = new ResourceDatabasePopulator();
        legacySql.addScript(new ClassPathResource("io/concierge/admin/kernel/admin-rows-of-0.1-sql.sql"));
        DatabasePopulatorUtils.execute(legacySql, transactionManager.getDataSource());
        String settingsRows = "SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION_ENTITY WHERE CEILING_ENTITY LIKE ?";
        assertThat(database().count(settingsRows, "%.ConciergeSettings%")).as("0.1's settings").isEqualTo(4);

        AdminRowSeeder.Result upgrade = seeder.seed();

        assertThat(upgrade.retired()).as("0.1's settings section and its four permissions").isEqualTo(5);
        assertThat(database().count(settingsRows, "%.ConciergeSettings%")).isZero();
        assertThat(database().count("SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE URL = '/concierge-settings'"))
                .isZero();
        assertThat(database().all()).containsExactlyElementsOf(seeded);

        AdminRowSeeder.Result next = seeder.seed();
        assertThat(next.added() + next.retired()).as("the start after the upgrade").isZero();
        assertThat(database().all()).containsExactlyElementsOf(seeded);
    }

    @Test
    @Order(4)
    void aDatabaseInstalledBeforeTheKnowledgeBaseGetsItsRowsAtTheNextStart() {
        List<String> complete = database().all();
        List<AdminRow> knowledgeBaseRows = knowledgeBase.adminRows().rows();
        database().delete(knowledgeBaseRows);
        assertThat(database().count("SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE SECTION_KEY = ?",
                "ConciergeGuideReports")).isZero();

        AdminRowSeeder.Result result = seeder.seed();

        assertThat(result.added()).isEqualTo(knowledgeBaseRows.size());
        assertThat(result.toString()).isEqualTo("Concierge admin rows: added " + knowledgeBaseRows.size()
                + " {kb=" + knowledgeBaseRows.size() + "} of " + declaredRows());
        assertThat(database().all()).containsExactlyElementsOf(complete);
    }

    @Test
    @Order(5)
    void twoNodesStartingAtOnceOnADatabaseWithoutConciergeBothStartAndAddEachRowOnce() throws Exception {
        List<String> complete = database().all();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                database().deleteAll();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<AdminRowSeeder.Result>> starts = new ArrayList<Future<AdminRowSeeder.Result>>();
                for (int node = 0; node < 2; node++) {
                    AdminRowSeeder nodeSeeder = new AdminRowSeeder(transactionManager, contributors);
                    starts.add(nodes.submit(() -> {
                        together.await();
                        return nodeSeeder.seed();
                    }));
                }

                int added = 0;
                for (Future<AdminRowSeeder.Result> start : starts) {
                    added += start.get(60, TimeUnit.SECONDS).added();
                }
                assertThat(added).as("round " + round).isEqualTo(declaredRows());
                assertThat(database().all()).containsExactlyElementsOf(complete);
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    /** A new part needs nothing but its contributor; a grant to a role the site has deleted waits for it. */
    @Test
    @Order(6)
    void aNewPartsRowsAreAddedAndAGrantToAMissingRoleIsLeftOut() {
        AdminRowContributor toy = () -> {
            AdminRows.Builder rows = AdminRows.inBlock("toy", -8900);
            AdminRows.EntityGroup records = rows.entities("CNC_TOY", "toy records", ToyRecord.class)
                    .grantRead(-999);
            rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeToys", "Toys", "/toys", 5000)
                    .ceiling(ToyRecord.class).shownWith(records);
            return rows.build();
        };
        List<AdminRowContributor> withToy = new ArrayList<AdminRowContributor>(contributors);
        withToy.add(toy);
        try {
            AdminRowSeeder.Result result = new AdminRowSeeder(transactionManager, withToy).seed();

            assertThat(result.added()).isEqualTo(toy.adminRows().rows().size() - 1);
            assertThat(result.skipped()).isEqualTo(1);
            Map<String, Long> toyRows = new TreeMap<String, Long>();
            toyRows.put("sections", database().count(
                    "SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE ADMIN_SECTION_ID = -8900 AND URL = '/toys'"));
            toyRows.put("entity rows", database().count(
                    "SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION_ENTITY WHERE ADMIN_PERMISSION_ENTITY_ID BETWEEN -8903 AND -8900"));
            toyRows.put("master grants", database().count(
                    "SELECT COUNT(*) FROM BLC_ADMIN_ROLE_PERMISSION_XREF WHERE ADMIN_ROLE_ID = -1 AND ADMIN_PERMISSION_ID = -8951"));
            assertThat(toyRows).containsEntry("sections", 1L).containsEntry("entity rows", 4L)
                    .containsEntry("master grants", 1L);
        } finally {
            database().delete(toy.adminRows().rows());
        }
        assertThat(database().all()).hasSize(declaredRows());
    }

    @Test
    @Order(7)
    void aGrantThatAnAdministratorRemovedStaysRemoved() {
        String customerServiceViewsGuides = " BLC_ADMIN_ROLE_PERMISSION_XREF WHERE ADMIN_ROLE_ID = -4"
                + " AND ADMIN_PERMISSION_ID = -7753";
        database().update("DELETE FROM" + customerServiceViewsGuides);
        try {
            AdminRowSeeder.Result result = seeder.seed();

            assertThat(result.added()).isZero();
            assertThat(result.toString()).isEqualTo("Concierge admin rows: none missing of " + declaredRows()
                    + "; left out, as removed in the admin: 1");
            assertThat(database().count("SELECT COUNT(*) FROM" + customerServiceViewsGuides)).isZero();
        } finally {
            database().update("INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID)"
                    + " VALUES (-4, -7753)");
        }
    }
}
