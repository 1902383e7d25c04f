package io.tierdesk.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller that renders HTML pages. Its errors become readable pages
 * ({@link PageErrors}), while {@code @RestController}s keep problem+json: both are
 * {@code @Controller}s, so the two advices need a marker to tell them apart.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

}
