package ru.smarteka.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A business key says what it is about; the bare numbers of instances started before still read. */
class BusinessKeysTests {

  @Test
  void eachKindOfCaseHasItsOwnKey() {
    assertThat(BusinessKeys.practice(1)).isEqualTo("practice-1");
    assertThat(BusinessKeys.replication(1)).isEqualTo("replication-1");
    assertThat(BusinessKeys.mail(1)).isEqualTo("mail-1");
    assertThat(BusinessKeys.practice(1)).isNotEqualTo(BusinessKeys.replication(1)).isNotEqualTo(BusinessKeys.mail(1));
  }

  @Test
  void readsTheNumberOfANewKeyAndOfAnOldBareOne() {
    assertThat(BusinessKeys.idOf(BusinessKeys.MAIL, "mail-42")).isEqualTo(42L);
    assertThat(BusinessKeys.idOf(BusinessKeys.MAIL, "42")).isEqualTo(42L);
    assertThat(BusinessKeys.withLegacy(BusinessKeys.MAIL, 42)).containsExactly("mail-42", "42");
  }

  @Test
  void aKeyOfAnotherKindOrNoNumberNamesNothing() {
    assertThat(BusinessKeys.idOf(BusinessKeys.MAIL, "practice-42")).isNull();
    assertThat(BusinessKeys.idOf(BusinessKeys.MAIL, "mail-")).isNull();
    assertThat(BusinessKeys.idOf(BusinessKeys.MAIL, "mail--1")).isNull();
    assertThat(BusinessKeys.idOf(BusinessKeys.MAIL, "mail-99999999999999999999")).isNull();
    assertThat(BusinessKeys.idOf(BusinessKeys.MAIL, null)).isNull();
  }

  @Test
  void aMailShowsTheCaseNumberNotThePrefix() {
    assertThat(BusinessKeys.number("practice-12")).isEqualTo("12");
    assertThat(BusinessKeys.number("replication-7")).isEqualTo("7");
    assertThat(BusinessKeys.number("12")).isEqualTo("12");
    assertThat(BusinessKeys.number("28-2026-Q3")).isEqualTo("28-2026-Q3");
  }
}
