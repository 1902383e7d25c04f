package io.tierdesk.platform.web;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The zone the person behind the current request chose in their profile, if any. Declared
 * here and implemented by the module that owns profiles (identity), so pages render times
 * in the viewer's zone while the shared platform depends on no module.
 */
public interface ProfileTimeZone {

	Optional<ZoneId> ofCurrentViewer();

}
