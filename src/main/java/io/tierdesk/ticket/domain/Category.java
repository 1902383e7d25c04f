package io.tierdesk.ticket.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A node of the admin-managed category tree, known by its path ("Hardware / Laptop"). */
@Entity
public class Category {

	public static final String SEPARATOR = " / ";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	private @Nullable Long parentId;

	private String path;

	protected Category() {
		this.name = "";
		this.path = "";
	}

	public Category(String name, @Nullable Category parent) {
		this.name = name.strip();
		this.parentId = parent == null ? null : parent.id();
		this.path = parent == null ? this.name : parent.path + SEPARATOR + this.name;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("category not saved yet");
		}
		return id;
	}

	public String name() {
		return name;
	}

	public @Nullable Long parentId() {
		return parentId;
	}

	public String path() {
		return path;
	}

}
