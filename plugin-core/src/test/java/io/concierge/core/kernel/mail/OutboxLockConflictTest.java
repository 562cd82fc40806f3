package io.concierge.core.kernel.mail;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxLockConflictTest {

    @Test
    void aDeadlockOrAGivenUpLockWaitAnywhereInTheCausesIsALockConflictAndNothingElseIs() {
        assertThat(OutboxMailStore.isLockConflict(new RuntimeException(new IllegalStateException(
                new SQLException("Deadlock found when trying to get lock", "40001", 1213))))).isTrue();
        assertThat(OutboxMailStore.isLockConflict(new RuntimeException(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205)))).isTrue();
        assertThat(OutboxMailStore.isLockConflict(new RuntimeException(
                new SQLException("could not serialize access", "40P01", 0)))).isTrue();
        assertThat(OutboxMailStore.isLockConflict(new RuntimeException(
                new SQLException("duplicate key", "23505", 0)))).isFalse();
        assertThat(OutboxMailStore.isLockConflict(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
