package io.concierge.core.kernel.mail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.annotation.PostConstruct;

/**
 * The messages of mails ({@code cncMailMessageSource}): the bundles of {@code cncMailMessageBasenames}, first match
 * wins, then each capability's {@link MailMessageBundle}.
 */
public class MailMessageSource extends ReloadableResourceBundleMessageSource {

    private final List<String> basenames;

    @Autowired(required = false)
    protected List<MailMessageBundle> capabilityBundles = Collections.emptyList();

    public MailMessageSource(List<String> basenames) {
        this.basenames = basenames;
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
    }

    @PostConstruct
    public void addCapabilityBundles() {
        List<String> all = new ArrayList<String>(basenames);
        for (MailMessageBundle bundle : capabilityBundles) {
            all.add(bundle.basename());
        }
        setBasenames(all.toArray(new String[0]));
    }
}
