package com.wagateway.bootstrap.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;

@QuarkusTest
@TestProfile(PostgresPersistence.class)
@Tag(PostgresPersistence.TAG)
class PostgresConsoleSessionStoreTest extends ConsoleSessionStoreContract {}
