package io.tierdesk.demo;

import java.util.List;

import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.TicketType;

/**
 * What the demo tickets are about: the everyday requests of an IT desk, with the desk's
 * first answer.
 */
final class DemoStories {

	record Story(String subject, String description, TicketType type, String category, Level impact, Level urgency,
			String answer, String followUp) {
	}

	static final List<Story> ALL = List.of(
			new Story("Laptop won't boot after update",
					"Black screen with a blinking cursor since last night's update.", TicketType.INCIDENT,
					"Hardware / Laptop", Level.LOW, Level.HIGH,
					"Please hold the power button for 10 seconds, then start with F8 and choose Safe Mode.",
					"Safe Mode works, normal start still fails."),
			new Story("VPN disconnects every hour", "The VPN drops roughly every 60 minutes and I lose my session.",
					TicketType.INCIDENT, "Network / VPN", Level.MEDIUM, Level.MEDIUM,
					"We are checking the concentrator logs; which VPN client version do you have?", "Version 5.2.1."),
			new Story("Printer on 3rd floor jams", "The big printer near the kitchen jams on every double-sided job.",
					TicketType.INCIDENT, "Hardware / Printer", Level.MEDIUM, Level.LOW,
					"A technician will visit this afternoon; please use the 2nd-floor printer meanwhile.",
					"Thanks, the 2nd floor works."),
			new Story("New starter needs an account", "Anna Schmidt starts Monday in Finance and needs email and ERP.",
					TicketType.SERVICE_REQUEST, "Access / Accounts", Level.LOW, Level.MEDIUM,
					"Accounts are being created; we need her manager's approval for ERP.", "Approval attached."),
			new Story("Outlook keeps asking for my password",
					"Outlook prompts for the password every few minutes since this morning.", TicketType.INCIDENT,
					"Software / Email", Level.LOW, Level.MEDIUM,
					"Please remove the saved credentials in Credential Manager and sign in once more.",
					"Done, it still asks."),
			new Story("Email down for the whole Sales team", "Nobody in Sales can send or receive mail since 9:10.",
					TicketType.INCIDENT, "Software / Email", Level.HIGH, Level.HIGH,
					"Major incident opened; the swarm is on it. Next update in 30 minutes.",
					"Any news? Customers are waiting."),
			new Story("Request: second monitor", "I would like a second 27\" monitor for spreadsheet work.",
					TicketType.SERVICE_REQUEST, "Hardware / Laptop", Level.LOW, Level.LOW,
					"Approved; the monitor ships from stock this week.", "Great, thank you!"),
			new Story("Wi-Fi very slow in meeting room B", "Video calls freeze in room B; other rooms are fine.",
					TicketType.INCIDENT, "Network / Wi-Fi", Level.MEDIUM, Level.MEDIUM,
					"We see a faulty access point in room B and are replacing it.", "It is better today."),
			new Story("Password reset", "I forgot my password after holidays and am locked out.",
					TicketType.SERVICE_REQUEST, "Access / Passwords", Level.LOW, Level.HIGH,
					"Your password was reset; the temporary one was sent to your phone.", "I am in, thanks."),
			new Story("Recurring backup failures on file server",
					"Nightly backup of FS02 failed three nights in a row.", TicketType.PROBLEM,
					"Infrastructure / Backup", Level.HIGH, Level.MEDIUM,
					"Root cause analysis started: the backup window overlaps the antivirus scan.",
					"Please keep us posted."),
			new Story("Install Visio", "I need Microsoft Visio for process diagrams.", TicketType.SERVICE_REQUEST,
					"Software / Office", Level.LOW, Level.LOW, "Visio is installing via Software Center now.",
					"Installed, works."),
			new Story("Change: upgrade database server to PostgreSQL 16",
					"Planned upgrade of the ERP database server, with a rollback plan.", TicketType.CHANGE,
					"Infrastructure / Database", Level.HIGH, Level.LOW,
					"Change scheduled for Saturday 22:00; the maintenance notice goes out Thursday.",
					"Approved by the CAB."),
			new Story("Excel crashes opening large files", "Excel closes without a message on files over 50 MB.",
					TicketType.INCIDENT, "Software / Office", Level.LOW, Level.MEDIUM,
					"Please try the 64-bit version; we pushed it to your laptop.", "64-bit works fine."),
			new Story("Cannot reach the intranet from branch office",
					"Everyone in the Lyon office gets a timeout on the intranet.", TicketType.INCIDENT, "Network / VPN",
					Level.HIGH, Level.MEDIUM, "The site-to-site tunnel is down; the vendor is looking at it.",
					"Still down here."),
			new Story("Phishing email received", "I got an email asking me to confirm my payroll login. Is it real?",
					TicketType.INCIDENT, "Security / Phishing", Level.MEDIUM, Level.HIGH,
					"It is phishing: do not click. We have blocked the sender and purged the message.",
					"Thank you for the quick answer."));

	private DemoStories() {
	}

	static final List<String> CATEGORIES = List.of("Hardware / Laptop", "Hardware / Printer", "Software / Email",
			"Software / Office", "Network / VPN", "Network / Wi-Fi", "Access / Accounts", "Access / Passwords",
			"Infrastructure / Backup", "Infrastructure / Database", "Security / Phishing");

}
