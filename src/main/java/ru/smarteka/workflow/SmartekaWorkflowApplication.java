package ru.smarteka.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SmartekaWorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(SmartekaWorkflowApplication.class, args);
  }
}
