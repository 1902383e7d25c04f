package io.tierdesk.ticket.domain;

/** What a timeline entry records. */
public enum TimelineKind {

	CREATED, STATUS, PRIORITY, TYPE, CATEGORY, TEAM, ASSIGNEE, REPLY, NOTE

}
