package io.concierge.core.kernel;

import java.util.Date;

/** Times as every supported database keeps them. */
public final class DatabaseTimes {

    private DatabaseTimes() {
    }

    /** MySQL's and MariaDB's DATETIME keep no fraction: every database then shows the same times. */
    public static Date toTheSecond(Date time) {
        return new Date(time.getTime() / 1000 * 1000);
    }
}
