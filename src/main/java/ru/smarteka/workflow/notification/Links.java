package ru.smarteka.workflow.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a mail sends its reader: a task opens in Tasklist ({@code <tasklist-url>#/?task=<id>}, Tasklist's own link to
 * a task), anything else in our API ({@code smarteka.portal-url}).
 */
@Component
class Links {

  private final String tasklistUrl;
  private final String portalUrl;

  Links(@Value("${smarteka.tasklist-url}") String tasklistUrl, @Value("${smarteka.portal-url}") String portalUrl) {
    this.tasklistUrl = withSlash(tasklistUrl);
    this.portalUrl = withSlash(portalUrl);
  }

  String task(String taskId) {
    return tasklistUrl + "#/?task=" + taskId;
  }

  String practice(long practiceId) {
    return portalUrl + "practices/" + practiceId;
  }

  String replication(long requestId) {
    return portalUrl + "replications/" + requestId;
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
