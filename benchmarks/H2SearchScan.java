import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;

/**
 * The embedded default's search (LIKE over subject, description and messages, as TicketTextSearch runs it on H2)
 * at a desk's size, in an in-memory H2 database of its own. Words with chance ~1/rank, as search-data.sql draws them.
 *
 * java -cp ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar benchmarks/H2SearchScan.java [tickets]
 */
public class H2SearchScan {

	/** The common words of search-data.sql, in its order. */
	static final String[] COMMON = ("the to and a of is in it not on for my with this please error after when can from printer cannot be "
			+ "laptop login password email outlook screen access vpn network user account new working since again "
			+ "update windows teams phone office need help file server share drive folder install software license "
			+ "monitor keyboard mouse docking station battery charger slow crash freeze restart reboot message "
			+ "shows connection wifi internet browser chrome firefox edge website page certificate expired sso mfa "
			+ "token authenticator reset locked unlock permission denied request order hardware replace broken "
			+ "cable port usb headset camera meeting calendar invite mailbox full quota archive backup restore "
			+ "deleted sync onedrive sharepoint excel word powerpoint pdf scan copier toner paper jam tray queue "
			+ "spooler driver citrix remote desktop rdp session timeout dns dhcp ip address proxy firewall blocked "
			+ "ticket urgent today tomorrow morning floor building room desk team manager approval onboarding "
			+ "offboarding starter leaver contract vendor invoice sap erp crm salesforce jira confluence git "
			+ "repository build pipeline deploy database sql query report dashboard slowness latency outage "
			+ "incident major degraded service kerberos ldap active directory group policy gpo intune mdm enrol "
			+ "iphone android tablet sim roaming").split(" ");

	public static void main(String[] args) throws Exception {
		int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Random random = new Random(42);
		try (Connection db = DriverManager.getConnection("jdbc:h2:mem:scan;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
			db.createStatement().execute("create table ticket (id bigint primary key, subject varchar(300), "
					+ "description varchar(100000), priority varchar(2), created_at timestamp)");
			db.createStatement().execute("create table ticket_message (id bigint primary key, ticket_id bigint, "
					+ "body varchar(100000), visibility varchar(10))");
			db.createStatement().execute("create index ticket_message_by_ticket on ticket_message (ticket_id, id)");
			try (PreparedStatement t = db.prepareStatement("insert into ticket values (?, ?, ?, 'P3', now())");
					PreparedStatement m = db.prepareStatement("insert into ticket_message values (?, ?, ?, 'PUBLIC')")) {
				for (int i = 1; i <= tickets; i++) {
					t.setLong(1, i);
					t.setString(2, sentence(random, 6));
					t.setString(3, sentence(random, 40));
					t.addBatch();
					m.setLong(1, i);
					m.setLong(2, i);
					m.setString(3, sentence(random, 25));
					m.addBatch();
					if (i % 1000 == 0) {
						t.executeBatch();
						m.executeBatch();
					}
				}
				t.executeBatch();
				m.executeBatch();
			}
			System.out.printf("H2 %s, %,d tickets and %,d messages (in memory)%n", org.h2.engine.Constants.VERSION,
					tickets, tickets);
			System.out.println("| query | matching tickets | LIKE scan, ms (count + page of 50) |");
			System.out.println("| --- | --- | --- |");
			for (String q : new String[] { "srv4000", "printer", "vpn timeout" }) {
				String where = "true";
				for (String w : q.split(" ")) {
					where += " and (lower(t.subject) like '%" + w + "%' or lower(t.description) like '%" + w
							+ "%' or exists (select 1 from ticket_message m where m.ticket_id = t.id and lower(m.body) like '%"
							+ w + "%'))";
				}
				long count = 0;
				int runs = 0;
				long start = System.nanoTime();
				while (runs < 3 || System.nanoTime() - start < 5_000_000_000L) {
					try (ResultSet rs = db.createStatement().executeQuery("select count(*) from ticket t where " + where)) {
						rs.next();
						count = rs.getLong(1);
					}
					try (ResultSet rs = db.createStatement()
						.executeQuery("select t.id from ticket t where " + where
								+ " order by t.priority, t.created_at, t.id limit 50")) {
						while (rs.next()) {
						}
					}
					runs++;
				}
				System.out.printf("| `%s` | %d | %.0f |%n", q, count, (System.nanoTime() - start) / 1e6 / runs);
			}
		}
	}

	/** Words with chance ~1/rank among 20,000; past the common words, host names and error codes. */
	static String sentence(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int k = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(20000)));
			text.append(i == 0 ? "" : " ")
				.append(k <= COMMON.length ? COMMON[k - 1] : (k % 2 == 0 ? "srv" : "err") + k);
		}
		return text.toString();
	}

}
