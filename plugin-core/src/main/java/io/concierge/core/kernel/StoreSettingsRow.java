package io.concierge.core.kernel;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;

/**
 * Creates the store's settings row (id -1, the defaults of {@link ConciergeSettingsImpl}) when a web app or test
 * context has started and there is no settings row: on a new database, after an upgrade from a site without one.
 * The fixed id makes it safe for several nodes starting at once: one insert wins, the others find it.
 */
@Component("cncStoreSettingsRow")
public class StoreSettingsRow implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {

    /** Negative, as Broadleaf's own seed rows, so it never meets an id from the table generator. */
    public static final long STORE_SETTINGS_ID = -1L;

    private static final Log LOG = LogFactory.getLog(StoreSettingsRow.class);

    @Resource(name = "cncSettingsDao")
    protected ConciergeSettingsDao settingsDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    private ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.context = applicationContext;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        // A DispatcherServlet's context announces its own start to this one too.
        if (event.getApplicationContext() == context && createIfMissing()) {
            LOG.info("Concierge settings: created the store's settings row with the defaults");
        }
    }

    /** @return whether this call created the row */
    public boolean createIfMissing() {
        try {
            return new TransactionTemplate(transactionManager).execute(new TransactionCallback<Boolean>() {
                @Override
                public Boolean doInTransaction(TransactionStatus status) {
                    if (settingsDao.readStoreSettings() != null) {
                        return false;
                    }
                    ConciergeSettingsImpl defaults = new ConciergeSettingsImpl();
                    defaults.setId(STORE_SETTINGS_ID);
                    settingsDao.save(defaults);
                    return true;
                }
            });
        } catch (DataIntegrityViolationException e) {
            // Another node created it first.
            return false;
        }
    }
}
