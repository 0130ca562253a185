package ru.smarteka.workflow.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of the author team (автор, наставник). */
@Embeddable
class AuthorMember {

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "job_title", nullable = false)
  private String jobTitle;

  private String email;

  private String phone;

  protected AuthorMember() {
  }

  AuthorMember(String fullName, String jobTitle, String email, String phone) {
    this.fullName = fullName;
    this.jobTitle = jobTitle;
    this.email = email;
    this.phone = phone;
  }

  String fullName() {
    return fullName;
  }

  String jobTitle() {
    return jobTitle;
  }

  String email() {
    return email;
  }

  String phone() {
    return phone;
  }
}
