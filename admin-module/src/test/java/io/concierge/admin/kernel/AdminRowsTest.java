package io.concierge.admin.kernel;

import io.concierge.admin.kb.KnowledgeBaseAdminRows;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminRowsTest {

    private static AdminRows toy(long block) {
        AdminRows.Builder rows = AdminRows.inBlock("toy", block);
        AdminRows.EntityGroup records = rows.entities("CNC_TOY", "toy records", ToyRecord.class)
                .includes(AdminRows.READ_PRODUCT_PERMISSION).grantRead(AdminRows.CUSTOMER_SERVICE_ROLE);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeToys", "Toys", "/toys", 5000)
                .ceiling(ToyRecord.class).shownWith(records);
        return rows.build();
    }

    private static List<String> rowsOf(AdminRows rows, AdminTable table) {
        List<String> found = new ArrayList<String>();
        for (AdminRow row : rows.rows()) {
            if (row.table() == table) {
                found.add(row.columns().toString());
            }
        }
        return found;
    }

    @Test
    void anEntityGroupGetsReadAndAllPermissionsForItsInterfaceAndImplAndTheFriendlyPair() {
        AdminRows rows = toy(-8800);

        assertThat(rowsOf(rows, AdminTable.PERMISSION)).containsExactly(
                "{ADMIN_PERMISSION_ID=-8800, DESCRIPTION=Read toy records, NAME=PERMISSION_READ_CNC_TOY, PERMISSION_TYPE=READ, IS_FRIENDLY=false}",
                "{ADMIN_PERMISSION_ID=-8801, DESCRIPTION=All toy records, NAME=PERMISSION_ALL_CNC_TOY, PERMISSION_TYPE=ALL, IS_FRIENDLY=false}",
                "{ADMIN_PERMISSION_ID=-8850, DESCRIPTION=View toy records, NAME=PERMISSION_CNC_TOY, PERMISSION_TYPE=READ, IS_FRIENDLY=true}",
                "{ADMIN_PERMISSION_ID=-8851, DESCRIPTION=Maintain toy records, NAME=PERMISSION_CNC_TOY, PERMISSION_TYPE=ALL, IS_FRIENDLY=true}");
        assertThat(rowsOf(rows, AdminTable.PERMISSION_ENTITY)).containsExactly(
                "{ADMIN_PERMISSION_ENTITY_ID=-8800, CEILING_ENTITY=io.concierge.admin.kernel.ToyRecord, ADMIN_PERMISSION_ID=-8800}",
                "{ADMIN_PERMISSION_ENTITY_ID=-8801, CEILING_ENTITY=io.concierge.admin.kernel.ToyRecordImpl, ADMIN_PERMISSION_ID=-8800}",
                "{ADMIN_PERMISSION_ENTITY_ID=-8802, CEILING_ENTITY=io.concierge.admin.kernel.ToyRecord, ADMIN_PERMISSION_ID=-8801}",
                "{ADMIN_PERMISSION_ENTITY_ID=-8803, CEILING_ENTITY=io.concierge.admin.kernel.ToyRecordImpl, ADMIN_PERMISSION_ID=-8801}");
        assertThat(rowsOf(rows, AdminTable.PERMISSION_XREF)).containsExactly(
                "{ADMIN_PERMISSION_ID=-8850, CHILD_PERMISSION_ID=-8800}",
                "{ADMIN_PERMISSION_ID=-8850, CHILD_PERMISSION_ID=-4}",
                "{ADMIN_PERMISSION_ID=-8851, CHILD_PERMISSION_ID=-8801}",
                "{ADMIN_PERMISSION_ID=-8851, CHILD_PERMISSION_ID=-4}");
        assertThat(rowsOf(rows, AdminTable.ROLE_PERMISSION_XREF)).containsExactly(
                "{ADMIN_ROLE_ID=-4, ADMIN_PERMISSION_ID=-8850}",
                "{ADMIN_ROLE_ID=-1, ADMIN_PERMISSION_ID=-8851}");
    }

    @Test
    void aSectionIsShownWithBothFriendlyPermissionsOfItsGroup() {
        AdminRows rows = toy(-8800);

        assertThat(rowsOf(rows, AdminTable.SECTION)).containsExactly("{ADMIN_SECTION_ID=-8800, DISPLAY_ORDER=5000, "
                + "ADMIN_MODULE_ID=-7700, NAME=Toys, SECTION_KEY=ConciergeToys, URL=/toys, "
                + "CEILING_ENTITY=io.concierge.admin.kernel.ToyRecord}");
        assertThat(rowsOf(rows, AdminTable.SECTION_PERMISSION_XREF)).containsExactly(
                "{ADMIN_SECTION_ID=-8800, ADMIN_PERMISSION_ID=-8850}",
                "{ADMIN_SECTION_ID=-8800, ADMIN_PERMISSION_ID=-8851}");
    }

    @Test
    void aPartThatOutgrowsItsBlockIsRefused() {
        AdminRows.Builder rows = AdminRows.inBlock("toy", -8800);
        // 6 groups of 4 interfaces: 96 of the block's 100 permission-entity ids.
        for (int i = 0; i < 6; i++) {
            rows.entities("CNC_TOY_" + i, "toys", ToyRecord.class, ToyRecord.class, ToyRecord.class, ToyRecord.class);
        }

        assertThatThrownBy(() -> rows.entities("CNC_TOY_7", "toys", ToyRecord.class, ToyRecord.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("toy has more permission entity rows than its id block -8800..-8899 holds");
    }

    @Test
    void anEntityWithoutAnImplBesideItIsRefused() {
        assertThatThrownBy(() -> AdminRows.inBlock("toy", -8800).entities("CNC_TOY", "toys", Runnable.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("java.lang.Runnable is not an interface with an Impl beside it");
    }

    @Test
    void theKernelAndTheKnowledgeBaseShareNoRowAndTheMenuModuleComesFirst() {
        List<AdminRowSeeder.Owned> rows = AdminRowSeeder.inSeedingOrder(
                Arrays.<AdminRowContributor>asList(new KernelAdminRows(), new KnowledgeBaseAdminRows()));

        assertThat(rows.get(0).row.table()).isEqualTo(AdminTable.MODULE);
        assertThat(rows.get(rows.size() - 1).row.table()).isEqualTo(AdminTable.ROLE_PERMISSION_XREF);
    }

    @Test
    void twoPartsInOneBlockAreRefusedWithBothNames() {
        assertThatThrownBy(() -> AdminRowSeeder.inSeedingOrder(Arrays.<AdminRowContributor>asList(
                new KernelAdminRows(), () -> toy(-8800), () -> toy(-8800))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is declared by toy and by toy; each part needs an id block of its own");
    }
}
