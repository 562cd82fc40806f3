package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

@Service("cncGuideSynonymService")
public class GuideSynonymServiceImpl implements GuideSynonymService {

    @Resource(name = "cncGuideSynonymDao")
    protected GuideSynonymDao synonymDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** How old the synonyms in memory may get before they are read again (changes made on other nodes). */
    @Value("${concierge.search.synonyms.refreshSeconds:60}")
    protected long refreshSeconds = 60;

    private volatile Loaded loaded;

    @Override
    public GuideSynonymSet create() {
        return new GuideSynonymSetImpl();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<GuideSynonymSet> readAll() {
        return synonymDao.readAll();
    }

    @Override
    @Transactional("blTransactionManager")
    public GuideSynonymSet save(GuideSynonymSet synonymSet) {
        if (!Language.isSupported(synonymSet.getLocale())) {
            throw new InvalidSynonymsException("Choose the language of the synonyms: en, pt_BR or es.");
        }
        SynonymLine line = SynonymLine.parse(synonymSet.getSynonyms());
        if (!line.isValid()) {
            throw new InvalidSynonymsException(line.getProblem());
        }
        synonymSet.setLocale(Language.forLocale(synonymSet.getLocale()).code());
        synonymSet.setSynonyms(String.join(", ", line.getTerms()));
        return synonymDao.save(synonymSet);
    }

    @Override
    @Transactional("blTransactionManager")
    public void delete(GuideSynonymSet synonymSet) {
        synonymDao.delete(synonymSet);
    }

    @Override
    public SynonymTable currentTable() {
        Loaded current = loaded;
        if (current == null || !current.isFresh(refreshSeconds)) {
            current = reload();
        }
        return current.table;
    }

    private synchronized Loaded reload() {
        Loaded current = loaded;
        if (current != null && current.isFresh(refreshSeconds)) {
            return current; // another thread reloaded meanwhile
        }
        long version = GuideSynonymChangeListener.version(); // read first: a change during the read reloads again
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        List<GuideSynonymSet> rows = readOnly.execute(status -> synonymDao.readAll());
        SynonymTable.Builder table = new SynonymTable.Builder();
        for (GuideSynonymSet row : rows) {
            table.add(row.getLocale(), row.getSynonyms());
        }
        loaded = new Loaded(table.build(), version, System.nanoTime());
        return loaded;
    }

    private static final class Loaded {

        final SynonymTable table;
        final long version;
        final long loadedAtNanos;

        Loaded(SynonymTable table, long version, long loadedAtNanos) {
            this.table = table;
            this.version = version;
            this.loadedAtNanos = loadedAtNanos;
        }

        boolean isFresh(long refreshSeconds) {
            return version == GuideSynonymChangeListener.version()
                    && System.nanoTime() - loadedAtNanos < TimeUnit.SECONDS.toNanos(refreshSeconds);
        }
    }
}
