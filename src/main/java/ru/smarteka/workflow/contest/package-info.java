/**
 * Конкурс управленческих практик «Смарт Диалог» (seed 002). An ASI moderator opens a contest with nominations, each
 * with a working group (a Camunda group {@code contest-<id>-nomination-<n>}) and its chair; regions apply with a
 * published practice of their region in one nomination until the application deadline (process
 * {@code practice-contest} closes intake by timer, one {@code contest-entry} per application); the working group
 * scores its nomination's entries by the criteria of decision {@code contest-criteria} (never an entry of a member's
 * own region), the chair confirms the short list; residents vote through the portal (one vote per voter per
 * nomination, kept by a unique constraint); the jury's ranking and the public vote give the winners, whose practices
 * get the contest badge and are recommended for adaptation.
 */
@ApplicationModule(displayName = "Конкурс практик «Смарт Диалог»",
    allowedDependencies = {"engine", "identity", "practice", "publication", "region", "system"})
package ru.smarteka.workflow.contest;

import org.springframework.modulith.ApplicationModule;
