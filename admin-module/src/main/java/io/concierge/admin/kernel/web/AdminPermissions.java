package io.concierge.admin.kernel.web;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;

/** Whether the signed-in admin user may do something, for a page that shows a button only to those who may. */
public final class AdminPermissions {

    private AdminPermissions() {
    }

    public static boolean allows(SecurityVerifier security, String ceilingEntity, EntityOperationType operation) {
        try {
            security.securityCheck(ceilingEntity, operation);
            return true;
        } catch (ServiceException notAllowed) {
            return false;
        }
    }
}
