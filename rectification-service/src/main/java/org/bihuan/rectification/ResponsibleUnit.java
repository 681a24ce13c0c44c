package org.bihuan.rectification;

import jakarta.persistence.Embeddable;

/** 责任单位: a unit's name and, when the OA directory knows it, its id there. */
@Embeddable
public class ResponsibleUnit {
  public String name;
  public String externalId;

  public ResponsibleUnit() {}

  public ResponsibleUnit(String name, String externalId) {
    this.name = name;
    this.externalId = externalId;
  }
}
