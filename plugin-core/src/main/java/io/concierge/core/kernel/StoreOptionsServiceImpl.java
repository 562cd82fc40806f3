package io.concierge.core.kernel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import javax.annotation.Resource;

@Service("cncStoreOptions")
public class StoreOptionsServiceImpl implements StoreOptionsService {

    @Resource(name = "cncStoreOptionsDao")
    protected StoreOptionsDao optionsDao;

    /** Not transactional: a plain read, made in the request's own entity manager when there is one. */
    @Override
    public <T extends StoreOptions> T read(Class<T> optionsType) {
        T stored = optionsDao.readStored(optionsType);
        return stored != null ? stored : defaults(optionsType);
    }

    @Override
    @Transactional("blTransactionManager")
    public <T extends StoreOptions> T save(T options) {
        Map<String, String> errors = options.violations();
        if (!errors.isEmpty()) {
            throw new InvalidOptionsException(errors);
        }
        return optionsDao.save(options);
    }

    /** A new row of the entity, holding its defaults. */
    static <T extends StoreOptions> T defaults(Class<T> optionsType) {
        try {
            return optionsType.newInstance();
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(optionsType.getName() + " needs a public no-argument constructor", e);
        }
    }
}
