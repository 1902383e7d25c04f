/**
 * What every page shares: the {@link io.tierdesk.platform.web.PageController} marker and
 * readable error pages. The layout, stylesheet and script live beside it under
 * {@code templates/fragments} and {@code static}.
 */
@org.jspecify.annotations.NullMarked
package io.tierdesk.platform.web;
