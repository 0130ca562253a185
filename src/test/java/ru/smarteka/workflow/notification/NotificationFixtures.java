package ru.smarteka.workflow.notification;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationProcess;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.replication.PositionLevel;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.replication.ReplicationView;
import ru.smarteka.workflow.replication.RequestData;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.Workflows;

/** Practices and replication requests driven by the demo users, through the services their APIs call. */
final class NotificationFixtures {

  private final Workflows flows;
  private final PracticeService practices;
  private final PracticeDocuments documents;
  private final PublicationService publications;
  private final ReplicationService replications;

  NotificationFixtures(Workflows flows, PracticeService practices, PracticeDocuments documents,
      PublicationService publications, ReplicationService replications) {
    this.flows = flows;
    this.practices = practices;
    this.documents = documents;
    this.publications = publications;
    this.replications = replications;
  }

  long draft(String title) {
    CurrentUser official = flows.user("official28");
    long id = practices.create(official, Passports.completeData("28", title)).id();
    documents.upload(official, id, "Приказ о внедрении.pdf", Passports.PDF);
    return id;
  }

  /** An Amur practice submitted by official28, waiting for the moderators' preliminary check. */
  ProcessInstance submittedAmurPractice(String title) {
    long id = draft(title);
    flows.as("official28", () -> publications.submit(flows.user("official28"), id, null));
    return flows.instance(PublicationProcess.KEY, id);
  }

  /** official72's request to replicate a published healthcare practice of Amur (moderator1 takes it). */
  ReplicationView replicationRequest(String title) {
    long practiceId = new PublishedPractices(flows.engine(), practices, documents, publications).publish("28", title);
    RequestData data = new RequestData(practiceId, "72", "Департамент здравоохранения", "Директор департамента",
        "Департамент здравоохранения Тюменской области", PositionLevel.HEAD_OF_EXECUTIVE_BODY, "dzo@72.example.ru",
        "+7 (3452) 50-00-00", true, true, true);
    return flows.as("official72", () -> replications.request(flows.user("official72"), data));
  }
}
