package com.wagateway.bootstrap.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(H2Persistence.class)
class H2ConsoleSessionStoreTest extends ConsoleSessionStoreContract {}
