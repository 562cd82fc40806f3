package io.concierge.core.kb.search;

import java.util.List;

public interface GuideSynonymDao {

    List<GuideSynonymSet> readAll();

    GuideSynonymSet save(GuideSynonymSet synonymSet);

    void delete(GuideSynonymSet synonymSet);
}
