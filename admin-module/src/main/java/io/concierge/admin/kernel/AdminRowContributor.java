package io.concierge.admin.kernel;

/**
 * A Spring bean of the admin context that brings admin rows (menu, sections, permissions, grants);
 * {@link AdminRowSeeder} adds whatever is missing of them at every admin start.
 */
public interface AdminRowContributor {

    AdminRows adminRows();
}
