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

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

/**
 * Makes each installed capability's rows when a web app or test context has started: its switch (on) and the
 * store's row of its options entity (the entity's defaults, id {@link StoreOptions#STORE_ROW_ID}). On a new database
 * all of them, after an upgrade that installs a capability its rows, later none; a row that exists is never changed.
 * Safe for several nodes starting at once: a switch's key is unique and the options row's id fixed, so one insert
 * wins and the others find it.
 */
@Component("cncCapabilityRows")
public class CapabilityRows implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {

    private static final Log LOG = LogFactory.getLog(CapabilityRows.class);

    @Resource(name = "cncCapabilityModules")
    protected CapabilityModules modules;

    @Resource(name = "cncCapabilitySwitchDao")
    protected CapabilitySwitchDao switchDao;

    @Resource(name = "cncStoreOptionsDao")
    protected StoreOptionsDao optionsDao;

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
        if (event.getApplicationContext() == context) {
            List<String> made = createMissing();
            if (!made.isEmpty()) {
                LOG.info("Concierge capabilities: made the rows " + made);
            }
        }
    }

    /** @return what this call made, e.g. {@code [kb switch, kb options]} */
    public List<String> createMissing() {
        List<String> made = new ArrayList<String>();
        for (final CapabilityModule module : modules.all()) {
            if (insertIfMissing(new TransactionCallback<Boolean>() {
                @Override
                public Boolean doInTransaction(TransactionStatus status) {
                    if (switchDao.read(module.key()) != null) {
                        return false;
                    }
                    switchDao.save(new CapabilitySwitchImpl(module));
                    return true;
                }
            })) {
                made.add(module.key() + " switch");
            }
            if (module.optionsType() != null && insertIfMissing(new TransactionCallback<Boolean>() {
                @Override
                public Boolean doInTransaction(TransactionStatus status) {
                    if (optionsDao.readStored(module.optionsType()) != null) {
                        return false;
                    }
                    StoreOptions defaults = StoreOptionsServiceImpl.defaults(module.optionsType());
                    defaults.setId(StoreOptions.STORE_ROW_ID);
                    optionsDao.save(defaults);
                    return true;
                }
            })) {
                made.add(module.key() + " options");
            }
        }
        return made;
    }

    private boolean insertIfMissing(TransactionCallback<Boolean> insert) {
        try {
            return new TransactionTemplate(transactionManager).execute(insert);
        } catch (DataIntegrityViolationException e) {
            // Another node made it first.
            return false;
        }
    }
}
