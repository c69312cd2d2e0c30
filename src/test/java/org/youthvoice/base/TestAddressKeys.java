package org.youthvoice.base;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** For tests elsewhere: address keys as a new node (or the app started again) makes them, with nothing cached. */
public final class TestAddressKeys {

    private TestAddressKeys() {
    }

    public static AddressKeys fresh(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new AddressKeys(new org.youthvoice.base.internal.InstallSecretStore(jdbc), transactions);
    }
}
