package io.concierge.core.helpcenter.orders;

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
 * Makes the store's help-center options row (id -1, the defaults) when a context has started without one: a new
 * database, or a store upgraded to the help center. The fixed id lets several nodes start at once: one insert
 * wins, the others find the row.
 */
@Component("cncHelpCenterOptionsRow")
public class HelpCenterOptionsRow implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {

    private static final Log LOG = LogFactory.getLog(HelpCenterOptionsRow.class);

    @Resource(name = "cncHelpCenterOptionsDao")
    protected HelpCenterOptionsDao optionsDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    private ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.context = applicationContext;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        // A DispatcherServlet's context announces its own start here too.
        if (event.getApplicationContext() == context && createIfMissing()) {
            LOG.info("Concierge help center: created the store's options row with the defaults");
        }
    }

    /** @return whether this call made the row */
    public boolean createIfMissing() {
        try {
            return new TransactionTemplate(transactionManager).execute(new TransactionCallback<Boolean>() {
                @Override
                public Boolean doInTransaction(TransactionStatus status) {
                    if (optionsDao.readStoreOptions() != null) {
                        return false;
                    }
                    HelpCenterOptionsImpl defaults = new HelpCenterOptionsImpl();
                    defaults.setId(HelpCenterOptionsImpl.STORE_OPTIONS_ID);
                    optionsDao.save(defaults);
                    return true;
                }
            });
        } catch (DataIntegrityViolationException madeByAnotherNode) {
            return false;
        }
    }
}
