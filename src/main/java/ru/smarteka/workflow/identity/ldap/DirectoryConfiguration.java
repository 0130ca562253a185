package ru.smarteka.workflow.identity.ldap;

import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code ldap}: users and groups of Camunda identity are read from a ministry's directory (LDAP / Active
 * Directory) by Camunda's LDAP identity provider plugin, configured from {@code smarteka.ldap.*} (every setter of
 * the plugin; defaults and the meaning of each in {@code application-ldap.yaml}). Logins (HTTP Basic, the webapps'
 * form) bind to the directory. Authorizations stay in the engine's database: {@code IdentityBootstrap} grants them to
 * our group ids, which the directory's groups carry in the attribute {@code smarteka.ldap.group-id-attribute} (the
 * group mapping). Identity is read-only then: users and groups are managed in the directory, not in Admin.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
class DirectoryConfiguration {

  /** A process engine plugin bean: Camunda's Spring Boot starter adds it to the engine. */
  @Bean
  @ConfigurationProperties("smarteka.ldap")
  LdapIdentityProviderPlugin ldapIdentityProvider() {
    return new LdapIdentityProviderPlugin();
  }
}
