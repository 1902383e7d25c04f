package io.tierdesk.sla.action;

import java.util.List;

import io.tierdesk.sla.DeadlineKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sla_policy_action}: a policy's actions for one moment, in order. */
@Repository
class PolicyActionStore {

	private final JdbcClient jdbc;

	PolicyActionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PolicyAction> actions(long policyId, DeadlineKind kind) {
		return jdbc
			.sql("select action, team_id from sla_policy_action where policy_id = ? and kind = ? order by position")
			.params(policyId, kind.name())
			.query((row, n) -> new PolicyAction(SlaAction.valueOf(row.getString("action")),
					row.getObject("team_id", Long.class)))
			.list();
	}

	void replace(long policyId, DeadlineKind kind, List<PolicyAction> actions) {
		jdbc.sql("delete from sla_policy_action where policy_id = ? and kind = ?")
			.params(policyId, kind.name())
			.update();
		for (int i = 0; i < actions.size(); i++) {
			jdbc.sql(
					"insert into sla_policy_action (policy_id, kind, position, action, team_id) values (?, ?, ?, ?, ?)")
				.params(policyId, kind.name(), i, actions.get(i).action().name(), actions.get(i).teamId())
				.update();
		}
	}

}
