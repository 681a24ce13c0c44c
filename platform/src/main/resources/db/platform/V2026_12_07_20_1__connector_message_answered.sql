-- When the robot's answer to a message came (docs/decisions/0226). A robot counts the messages it
-- receives, which arrive between their reservation (sent_at) and the answer: the cap of 20 a
-- minute counts a message until 60 seconds after its answer (a message still on its way counts,
-- up to its lease), so that two sends of different latency never put 21 into one minute there.
alter table connector_message add column answered_at timestamptz;
