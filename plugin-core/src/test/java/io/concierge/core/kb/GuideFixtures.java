package io.concierge.core.kb;

import io.concierge.core.kernel.Slugs;

import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data for the integration tests, which share one database per JVM: every slug is unique. */
final class GuideFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private GuideFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    static Date minutesFrom(Date instant, int minutes) {
        return new Date(instant.getTime() + minutes * 60_000L);
    }

    /** An unsaved guide with a unique slug. */
    static Guide guide(String title, GuideStatus status, Date publishAt) {
        Guide guide = new GuideImpl();
        guide.setTitle(title);
        guide.setSlug(unique(Slugs.fromText(title)));
        guide.setStatus(status);
        guide.setPublishAt(publishAt);
        guide.setLocale("en");
        guide.setSummary("About " + title);
        guide.setBody("<p>" + title + "</p>");
        return guide;
    }

    static GuideCategory category(String name, GuideCategory parent) {
        GuideCategory category = new GuideCategoryImpl();
        category.setName(name);
        category.setSlug(unique(Slugs.fromText(name)));
        category.setParent(parent);
        return category;
    }

    static GuideTag tag(String name) {
        GuideTag tag = new GuideTagImpl();
        tag.setName(name);
        tag.setSlug(unique(Slugs.fromText(name)));
        return tag;
    }
}
