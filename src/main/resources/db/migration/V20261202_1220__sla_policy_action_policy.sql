-- sla: a policy's actions go with it (sla_policy came with the clocks' migration).
alter table sla_policy_action add constraint sla_policy_action_policy foreign key (policy_id) references sla_policy (id) on delete cascade;
