-- Post-sale surveys: an NPS survey five days after delivery (it invites demo order 1006 within a minute of the first
-- start: read the mail in /demo/mailbox and click a score) and a CSAT survey three days after dispatch, which takes
-- the orders the first did not (one survey per customer every 90 days). The dispatch takes surveys by id, so the
-- NPS survey (-2) goes first.
INSERT INTO CNC_SURVEY (SURVEY_ID, NAME, KIND, TRIGGER_EVENT, TRIGGER_DAYS, THROTTLE_DAYS, REMINDER_DAYS, ACTIVE) VALUES (-2, 'After delivery: would you recommend us?', 'NPS', 'AFTER_DELIVERY', 5, 90, 3, TRUE);
INSERT INTO CNC_SURVEY (SURVEY_ID, NAME, KIND, TRIGGER_EVENT, TRIGGER_DAYS, THROTTLE_DAYS, REMINDER_DAYS, ACTIVE) VALUES (-1, 'After dispatch: how satisfied are you?', 'CSAT', 'AFTER_DISPATCH', 3, 90, 0, TRUE);
