package io.concierge.admin.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The admin rows of one part of Concierge (the kernel, a capability), generated from a short description: a menu
 * module, entity groups and sections. For each entity group the pattern gives
 * <ul>
 *     <li>the entity permissions {@code PERMISSION_READ_<key>} and {@code PERMISSION_ALL_<key>}, each with a
 *     permission-entity row for the interface and the {@code Impl} of every class of the group (the admin checks
 *     both);</li>
 *     <li>the friendly permissions {@code PERMISSION_<key>} READ ("View …") and ALL ("Maintain …") that roles are
 *     given, holding the entity permission of their type and whatever the group {@link EntityGroup#includes};</li>
 *     <li>the grant of the friendly ALL permission to Broadleaf's master role, plus the declared grants.</li>
 * </ul>
 * A section is shown to whoever holds either friendly permission of its group.
 *
 * <p>Ids come from the part's id block, in declaration order: block {@code B} holds {@code B} to {@code B-99} in every
 * table; by default sections, entity permissions and permission-entity rows count down from {@code B}, friendly
 * permissions from {@code B-50}. The blocks are listed in the README (Extension points); a changed declaration order
 * changes ids, so new rows are declared after the existing ones.
 */
public final class AdminRows {

    /** Broadleaf's roles and permissions (its load_admin_roles.sql and load_admin_permissions.sql). */
    public static final long MASTER_ROLE = -1;
    public static final long CUSTOMER_SERVICE_ROLE = -4;
    public static final long CONTENT_EDITOR_ROLE = -5;
    public static final long READ_PRODUCT_PERMISSION = -4;

    static final int BLOCK_SIZE = 100;
    private static final int FRIENDLY_OFFSET = 50;

    private final String owner;
    private final List<AdminRow> rows;
    private final List<Long> retiredSections;
    private final List<Long> retiredPermissions;

    private AdminRows(String owner, List<AdminRow> rows, List<Long> retiredSections, List<Long> retiredPermissions) {
        this.owner = owner;
        this.rows = Collections.unmodifiableList(rows);
        this.retiredSections = Collections.unmodifiableList(retiredSections);
        this.retiredPermissions = Collections.unmodifiableList(retiredPermissions);
    }

    /** @param owner the part the rows belong to, as the seeder's log line names it */
    public static Builder inBlock(String owner, long firstId) {
        return new Builder(owner, firstId);
    }

    public String owner() {
        return owner;
    }

    public List<AdminRow> rows() {
        return rows;
    }

    /** Sections of an earlier version, to be deleted with their links. */
    public List<Long> retiredSections() {
        return retiredSections;
    }

    /** Permissions of an earlier version, to be deleted with their entity rows, links and grants. */
    public List<Long> retiredPermissions() {
        return retiredPermissions;
    }

    /** Collects the description; ids are taken as things are declared. */
    public static final class Builder {
        private final String owner;
        private final long first;
        private int sectionOffset;
        private int permissionOffset;
        private int friendlyOffset = FRIENDLY_OFFSET;
        private int entityOffset;
        private final List<AdminRow> modules = new ArrayList<AdminRow>();
        private final List<EntityGroup> groups = new ArrayList<EntityGroup>();
        private final List<Section> sections = new ArrayList<Section>();
        private final List<Long> retiredSections = new ArrayList<Long>();
        private final List<Long> retiredPermissions = new ArrayList<Long>();

        private Builder(String owner, long first) {
            this.owner = owner;
            this.first = first;
        }

        /**
         * Other first ids within the block (offsets from its first id), for parts whose rows were numbered before
         * the pattern existed.
         */
        public Builder startingAt(int section, int permission, int friendlyPermission, int permissionEntity) {
            if (!modules.isEmpty() || !groups.isEmpty() || !sections.isEmpty()) {
                throw new IllegalStateException("first ids are set before anything is declared");
            }
            sectionOffset = section;
            permissionOffset = permission;
            friendlyOffset = friendlyPermission;
            entityOffset = permissionEntity;
            return this;
        }

        /** A module of the admin menu, with the block's first id; returns that id for sections to name. */
        public long module(String key, String name, String icon, int displayOrder) {
            if (!modules.isEmpty()) {
                throw new IllegalStateException(owner + " declares a second module; a block has one");
            }
            modules.add(AdminRow.of(AdminTable.MODULE, "ADMIN_MODULE_ID", first, "NAME", name, "MODULE_KEY", key,
                    "ICON", icon, "DISPLAY_ORDER", displayOrder));
            return first;
        }

        /**
         * @param key       the permissions' name part, e.g. {@code CNC_GUIDE}
         * @param plural    how the descriptions name the records, e.g. "guides"
         * @param entities  the interfaces of the group's entities, each with its {@code Impl} beside it; the first
         *                  is the one its section shows
         */
        public EntityGroup entities(String key, String plural, Class<?>... entities) {
            long read = id(permissionOffset++, FRIENDLY_OFFSET - 1, "entity permission");
            long all = id(permissionOffset++, FRIENDLY_OFFSET - 1, "entity permission");
            List<String> names = new ArrayList<String>();
            for (Class<?> entity : entities) {
                names.add(entity.getName());
                names.add(implementationOf(entity).getName());
            }
            long[] entityRowIds = new long[names.size() * 2];
            for (int i = 0; i < entityRowIds.length; i++) {
                entityRowIds[i] = id(entityOffset++, BLOCK_SIZE - 1, "permission entity");
            }
            long friendlyRead = id(friendlyOffset++, BLOCK_SIZE - 1, "friendly permission");
            long friendlyAll = id(friendlyOffset++, BLOCK_SIZE - 1, "friendly permission");
            EntityGroup group = new EntityGroup(key, plural, names, read, all, entityRowIds, friendlyRead, friendlyAll);
            groups.add(group);
            return group;
        }

        public Section section(long moduleId, String key, String name, String url, int displayOrder) {
            Section section = new Section(id(sectionOffset++, BLOCK_SIZE - 1, "section"), moduleId, key, name, url,
                    displayOrder);
            sections.add(section);
            return section;
        }

        /**
         * Sections an earlier version declared and this one does not: deleted, with their links, at the next admin
         * start. A retired id stays retired: no later row may take it.
         */
        public Builder retireSections(long... ids) {
            for (long id : ids) {
                retiredSections.add(id);
            }
            return this;
        }

        /** Permissions an earlier version declared: deleted with their entity rows, links and grants. */
        public Builder retirePermissions(long... ids) {
            for (long id : ids) {
                retiredPermissions.add(id);
            }
            return this;
        }

        public AdminRows build() {
            List<AdminRow> rows = new ArrayList<AdminRow>(modules);
            for (EntityGroup group : groups) {
                group.addRows(rows);
            }
            for (Section section : sections) {
                section.addRows(rows);
            }
            for (AdminRow row : rows) {
                Object id = row.keyValues()[0];
                if (!row.table().isXref() && (row.table() == AdminTable.SECTION && retiredSections.contains(id)
                        || row.table() == AdminTable.PERMISSION && retiredPermissions.contains(id))) {
                    throw new IllegalStateException(owner + " declares " + row.key() + ", whose id is retired");
                }
            }
            return new AdminRows(owner, rows, retiredSections, retiredPermissions);
        }

        private long id(int offset, int lastOffset, String what) {
            if (offset > lastOffset) {
                throw new IllegalStateException(owner + " has more " + what + " rows than its id block "
                        + first + ".." + (first - BLOCK_SIZE + 1) + " holds");
            }
            return first - offset;
        }

        private static Class<?> implementationOf(Class<?> entity) {
            try {
                Class<?> impl = Class.forName(entity.getName() + "Impl", false, entity.getClassLoader());
                if (entity.isInterface() && entity.isAssignableFrom(impl)) {
                    return impl;
                }
            } catch (ClassNotFoundException e) {
                // reported below
            }
            throw new IllegalArgumentException(entity.getName() + " is not an interface with an Impl beside it");
        }
    }

    /** The permissions of some entities that are read and maintained together (a guide and its links). */
    public static final class EntityGroup {
        private final String key;
        private final String plural;
        private final List<String> entityNames;
        private final long read;
        private final long all;
        private final long[] entityRowIds;
        private final long friendlyRead;
        private final long friendlyAll;
        private final List<Long> included = new ArrayList<Long>();
        private final List<Long> readGrants = new ArrayList<Long>();
        private final List<Long> allGrants = new ArrayList<Long>(Collections.singletonList(MASTER_ROLE));

        private EntityGroup(String key, String plural, List<String> entityNames, long read, long all,
                            long[] entityRowIds, long friendlyRead, long friendlyAll) {
            this.key = key;
            this.plural = plural;
            this.entityNames = entityNames;
            this.read = read;
            this.all = all;
            this.entityRowIds = entityRowIds;
            this.friendlyRead = friendlyRead;
            this.friendlyAll = friendlyAll;
        }

        /** The entity permission to read the group, for other groups to {@link #includes include}. */
        public long read() {
            return read;
        }

        /** Permissions that whoever may view or maintain the group also needs (the records its forms point to). */
        public EntityGroup includes(long... permissionIds) {
            for (long id : permissionIds) {
                included.add(id);
            }
            return this;
        }

        /** Roles that may view the group. */
        public EntityGroup grantRead(long... roleIds) {
            for (long id : roleIds) {
                readGrants.add(id);
            }
            return this;
        }

        /** Roles besides Broadleaf's master role that may maintain the group. */
        public EntityGroup grantAll(long... roleIds) {
            for (long id : roleIds) {
                allGrants.add(id);
            }
            return this;
        }

        private void addRows(List<AdminRow> rows) {
            rows.add(permission(read, "Read " + plural, "PERMISSION_READ_" + key, "READ", false));
            rows.add(permission(all, "All " + plural, "PERMISSION_ALL_" + key, "ALL", false));
            int next = 0;
            for (long permission : new long[] {read, all}) {
                for (String entityName : entityNames) {
                    rows.add(AdminRow.of(AdminTable.PERMISSION_ENTITY, "ADMIN_PERMISSION_ENTITY_ID",
                            entityRowIds[next++], "CEILING_ENTITY", entityName, "ADMIN_PERMISSION_ID", permission));
                }
            }
            rows.add(permission(friendlyRead, "View " + plural, "PERMISSION_" + key, "READ", true));
            rows.add(permission(friendlyAll, "Maintain " + plural, "PERMISSION_" + key, "ALL", true));
            addFriendlyRows(rows, friendlyRead, read, readGrants);
            addFriendlyRows(rows, friendlyAll, all, allGrants);
        }

        private void addFriendlyRows(List<AdminRow> rows, long friendly, long entityPermission, List<Long> roles) {
            List<Long> children = new ArrayList<Long>(Collections.singletonList(entityPermission));
            children.addAll(included);
            for (long child : children) {
                rows.add(AdminRow.xref(AdminTable.PERMISSION_XREF,
                        AdminTable.PERMISSION, friendly, AdminTable.PERMISSION, child));
            }
            for (long role : roles) {
                rows.add(AdminRow.xref(AdminTable.ROLE_PERMISSION_XREF,
                        AdminTable.ROLE, role, AdminTable.PERMISSION, friendly));
            }
        }

        private static AdminRow permission(long id, String description, String name, String type, boolean friendly) {
            return AdminRow.of(AdminTable.PERMISSION, "ADMIN_PERMISSION_ID", id, "DESCRIPTION", description,
                    "NAME", name, "PERMISSION_TYPE", type, "IS_FRIENDLY", friendly);
        }
    }

    /** A section of the admin menu. */
    public static final class Section {
        private final long id;
        private final long moduleId;
        private final String key;
        private final String name;
        private final String url;
        private final int displayOrder;
        private String ceilingEntity;
        private final List<EntityGroup> groups = new ArrayList<EntityGroup>();

        private Section(long id, long moduleId, String key, String name, String url, int displayOrder) {
            this.id = id;
            this.moduleId = moduleId;
            this.key = key;
            this.name = name;
            this.url = url;
            this.displayOrder = displayOrder;
        }

        /** The entity the section lists (Broadleaf's generic list and forms); a page of its own has none. */
        public Section ceiling(Class<?> entity) {
            ceilingEntity = entity.getName();
            return this;
        }

        /** Whoever may view or maintain one of these groups sees the section. */
        public Section shownWith(EntityGroup... permissionGroups) {
            groups.addAll(Arrays.asList(permissionGroups));
            return this;
        }

        private void addRows(List<AdminRow> rows) {
            rows.add(AdminRow.of(AdminTable.SECTION, "ADMIN_SECTION_ID", id, "DISPLAY_ORDER", displayOrder,
                    "ADMIN_MODULE_ID", moduleId, "NAME", name, "SECTION_KEY", key, "URL", url,
                    "CEILING_ENTITY", ceilingEntity));
            for (EntityGroup group : groups) {
                for (long permission : new long[] {group.friendlyRead, group.friendlyAll}) {
                    rows.add(AdminRow.xref(AdminTable.SECTION_PERMISSION_XREF,
                            AdminTable.SECTION, id, AdminTable.PERMISSION, permission));
                }
            }
        }
    }
}
