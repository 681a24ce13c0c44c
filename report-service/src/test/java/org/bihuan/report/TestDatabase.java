package org.bihuan.report;

import io.quarkus.test.common.QuarkusTestResource;
import org.bihuan.testing.RealPostgres;

/** Every test application of this module gets a fresh database on a real PostgreSQL. */
@QuarkusTestResource(RealPostgres.class)
public class TestDatabase {}
