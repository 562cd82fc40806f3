package io.concierge.core.testing;

import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.broadleafcommerce.common.extensibility.context.StandardConfigLocations;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Boots Broadleaf's merged service context with Concierge's patch files on an in-memory HSQLDB, once per JVM,
 * and injects its beans ({@code @Resource}, {@code @Autowired}) into test instances. Spring 3.2's TestContext
 * framework predates JUnit 5, hence this small replacement for Broadleaf's TestNG {@code BaseTest}.
 */
public class BroadleafContextExtension implements TestInstancePostProcessor {

    /** Concierge patch files, applied in this order when a module that ships them is on the test classpath. */
    private static final String[] PATCHES = {
            "bl-concierge-applicationContext.xml",
            "bl-concierge-kb-applicationContext.xml",
            "bl-concierge-helpcenter-applicationContext.xml",
            "bl-concierge-guidance-applicationContext.xml",
            "bl-concierge-loyalty-applicationContext.xml",
            "bl-concierge-survey-applicationContext.xml",
            "bl-concierge-admin-applicationContext.xml",
            "bl-concierge-kb-admin-applicationContext.xml",
            "bl-concierge-helpcenter-admin-applicationContext.xml",
            "bl-concierge-guidance-admin-applicationContext.xml",
            "bl-concierge-loyalty-admin-applicationContext.xml",
            "bl-concierge-survey-admin-applicationContext.xml",
            "bl-concierge-test-applicationContext.xml"
    };

    private static ConfigurableApplicationContext context;

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = boot();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "broadleaf-test-context-close"));
        }
        return context;
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext extensionContext) {
        context().getAutowireCapableBeanFactory().autowireBean(testInstance);
    }

    private static ConfigurableApplicationContext boot() {
        List<String> patches = new ArrayList<String>();
        ClassLoader loader = BroadleafContextExtension.class.getClassLoader();
        for (String patch : PATCHES) {
            if (loader.getResource(patch) != null) {
                patches.add(patch);
            }
        }
        try {
            return new MergeClassPathXMLApplicationContext(
                    StandardConfigLocations.retrieveAll(StandardConfigLocations.TESTCONTEXTTYPE),
                    patches.toArray(new String[0]));
        } catch (Exception e) {
            throw new IllegalStateException("Broadleaf test context failed to start", e);
        }
    }
}
