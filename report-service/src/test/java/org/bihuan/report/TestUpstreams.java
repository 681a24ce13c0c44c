package org.bihuan.report;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test application of this module follows the WireMock stand-ins for both feeds. */
@QuarkusTestResource(UpstreamFeeds.class)
public class TestUpstreams {}
