package org.bihuan.problem.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test application of this module talks to the WireMock rectification service. */
@QuarkusTestResource(RectificationStub.class)
public class Rectification {}
