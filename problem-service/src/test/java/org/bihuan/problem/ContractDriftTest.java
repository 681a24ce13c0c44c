package org.bihuan.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.bihuan.testing.CommittedContract;
import org.bihuan.testing.ContractUsability;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document is the committed one (src/main/openapi/openapi.yaml). */
@QuarkusTest
class ContractDriftTest {

  @Test
  void servedContractIsTheCommittedOne() throws Exception {
    CommittedContract.assertServedMatchesCommitted("problem-service");
  }

  @Test
  void committedContractHasNoCircularRefsSoThirdPartyToolsLoadIt() throws Exception {
    ContractUsability.assertNoCircularRefs(ContractUsability.committed());
  }

  @Test
  void committedContractNamesNoFileOutsideTheRepository() throws Exception {
    ContractUsability.assertNamesNoFileOutsideTheRepository();
  }
}
