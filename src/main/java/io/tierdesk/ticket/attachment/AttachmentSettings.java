package io.tierdesk.ticket.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code tierdesk.attachments.*}: the largest file a message may carry (larger uploads
 * get 413). The files live under the shared data directory.
 */
@ConfigurationProperties("tierdesk.attachments")
record AttachmentSettings(@DefaultValue("25MB") DataSize maxSize) {
}
