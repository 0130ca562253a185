package ru.smarteka.workflow.system;

/**
 * A JAX-RS provider (a filter, a mapper) another module adds to both engine REST APIs, {@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine}: a Spring bean implementing this interface and the provider's JAX-RS interface
 * is registered into each of them by {@code EngineRestConfiguration}, after our error mappers.
 */
public interface EngineRestProvider {
}
