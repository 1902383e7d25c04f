package io.tierdesk.ticket;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file a client sent, before it is checked and stored: how to read it, what it says it
 * is called, its size.
 */
public interface UploadedFile {

	String originalName();

	long size();

	InputStream open() throws IOException;

}
