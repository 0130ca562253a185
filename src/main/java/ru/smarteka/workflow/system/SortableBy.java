package ru.smarteka.workflow.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The properties a paged list of our API may be sorted by ({@code ?sort=title,asc}), on its {@code Pageable}
 * parameter. Any other {@code sort} is answered 400 naming the parameter; without this annotation only the properties
 * of the parameter's {@code @PageableDefault} are allowed.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface SortableBy {

  String[] value();
}
