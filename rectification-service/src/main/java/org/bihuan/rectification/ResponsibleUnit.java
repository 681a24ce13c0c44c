package org.bihuan.rectification;

import jakarta.persistence.Embeddable;
import org.bihuan.platform.text.UnitNames;

/** 责任单位: a unit's name and, when the OA directory knows it, its id there. */
@Embeddable
public class ResponsibleUnit {
  public String name;
  public String externalId;

  /**
   * The name's key that grants ({@link UnitNames#certainKey}), by which a unit-bound caller's
   * to-dos find the tickets of his unit (docs/decisions/0357). Written with the name.
   */
  public String nameKey;

  public ResponsibleUnit() {}

  public ResponsibleUnit(String name, String externalId) {
    this.name = name;
    this.externalId = externalId;
    this.nameKey = UnitNames.certainKey(name);
  }
}
