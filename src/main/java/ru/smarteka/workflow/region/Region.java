package ru.smarteka.workflow.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A federal subject of Russia, identified by its two-digit code ({@code 28} is the Amur region). */
@Entity
@Table(name = "region")
class Region {

  @Id
  @Column(name = "code", length = 2)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "federal_district", nullable = false)
  private String federalDistrict;

  protected Region() {}

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }

  String getFederalDistrict() {
    return federalDistrict;
  }

  RegionInfo toInfo() {
    return new RegionInfo(code, name, federalDistrict);
  }
}
