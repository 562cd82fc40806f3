package io.concierge.demo.content;

import org.codehaus.jackson.map.ObjectMapper;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Writes a file of demo content (JSON under demo-content/) through Concierge's services, in one transaction, when
 * the demo store creates a new database, once the root context has started.
 */
abstract class DemoContentLoader implements ApplicationListener<ContextRefreshedEvent> {

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    private final boolean newDatabase;
    private final String content;

    /** @param schemaAction the launcher's schema action: "create" for a new database, "update" otherwise */
    DemoContentLoader(String schemaAction, String content) {
        this.newDatabase = "create".equals(schemaAction);
        this.content = content;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (!newDatabase || event.getApplicationContext().getParent() != null) {
            return;
        }
        final Map<String, Object> json = read();
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                load(json);
            }
        });
    }

    /** Runs in the transaction. */
    protected abstract void load(Map<String, Object> json);

    @SuppressWarnings("unchecked")
    private Map<String, Object> read() {
        try (InputStream json = new ClassPathResource(content).getInputStream()) {
            return new ObjectMapper().readValue(json, Map.class);
        } catch (IOException broken) {
            throw new IllegalStateException("cannot read the demo content " + content, broken);
        }
    }
}
