package io.tierdesk.channel.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tierdesk.channel.NotificationView;
import io.tierdesk.channel.Notifications;
import io.tierdesk.identity.Caller;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications; nobody sees another person's. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's notification list (SLA warnings and breaches)")
class NotificationsApi {

	private final Notifications notifications;

	NotificationsApi(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first")
	PageOf<NotificationView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, Caller caller) {
		return notifications.of(caller, PageQuery.of(page, size, null, Set.of("id"), "id,desc"));
	}

	@PostMapping("/{id}/read")
	@Operation(operationId = "readNotification", summary = "Mark one of the caller's notifications read")
	NotificationView read(@PathVariable long id, Caller caller) {
		return notifications.read(id, caller);
	}

	@PostMapping("/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "readAllNotifications", summary = "Mark all the caller's notifications read")
	void readAll(Caller caller) {
		notifications.readAll(caller);
	}

}
