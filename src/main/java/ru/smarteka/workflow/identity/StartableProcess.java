package ru.smarteka.workflow.identity;

/**
 * A process the members of a regional role start themselves (through our API or its Tasklist start form, whose start
 * listener checks their rights): the role's groups of every region get the permission to start it, and no other
 * process. A module declares each of its own as a bean; every other process is started by the application alone.
 */
public record StartableProcess(String processDefinitionKey, Groups.RegionalRole role) {
}
