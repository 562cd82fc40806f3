-- Concierge demo store: the loyalty programme (Customer Service > Loyalty tiers and Loyalty options).
-- Hibernate hbm2ddl import file: exactly one complete statement per line; lines starting with -- are comments.
-- Load after load_demo_customers_orders.sql and load_demo_order_care.sql.
-- Negative ids, as Broadleaf's seed rows, so they never meet an id from the table generator.
--
-- Lifetime net spend, so that the demo's dated orders count in any year. The standings are not written here: the
-- demo runs the recalculation at every start (concierge.loyalty.recalculation.atStart), which puts Marta Ruiz and
-- Rafael Oliveira in Trail (Rafael 52.05 short of Summit), Ana Souza in Summit, Diego Navarro and James Whitaker in
-- Expedition. Emily Carter was made Expedition by hand; her refund leaves her below its keep threshold, so she keeps
-- it for its 60 grace days and then drops to Summit.
-- Entry rewards: entering Summit gives a $15.00 coupon valid 90 days, entering Expedition a 15 % coupon until used
-- (single use, mailed within a minute: Ana, Diego, James and Emily get theirs after the first start). Expedition has early access: the Solo
-- Trekker 1 Tent is held back for it for 30 days from the first start (product attribute loyalty.earlyAccessUntil).
INSERT INTO CNC_LOYALTY_OPTIONS (OPTIONS_ID, METRIC, QUALIFYING_WINDOW, WARNING_DAYS) VALUES (-1, 'NET_SPEND', 'LIFETIME', 60);
INSERT INTO CNC_LOYALTY_TIER (TIER_ID, TIER_RANK, NAME_EN, NAME_PT_BR, NAME_ES, ENTRY_THRESHOLD, KEEP_THRESHOLD, GRACE_DAYS, DISCOUNT_PERCENT, FREE_SHIPPING, PRIORITY_SUPPORT, EARLY_ACCESS, REWARD_KIND, REWARD_VALUE, REWARD_VALID_DAYS, REWARD_SINCE) VALUES (-1, 1, 'Trail', 'Trilha', 'Sendero', 100.00, 80.00, 30, 0.00, FALSE, FALSE, FALSE, 'NONE', NULL, NULL, NULL);
INSERT INTO CNC_LOYALTY_TIER (TIER_ID, TIER_RANK, NAME_EN, NAME_PT_BR, NAME_ES, ENTRY_THRESHOLD, KEEP_THRESHOLD, GRACE_DAYS, DISCOUNT_PERCENT, FREE_SHIPPING, PRIORITY_SUPPORT, EARLY_ACCESS, REWARD_KIND, REWARD_VALUE, REWARD_VALID_DAYS, REWARD_SINCE) VALUES (-2, 2, 'Summit', 'Cume', 'Cumbre', 400.00, 320.00, 30, 5.00, FALSE, FALSE, FALSE, 'AMOUNT_OFF', 15.00, 90, TIMESTAMP '2026-01-01 00:00:00');
INSERT INTO CNC_LOYALTY_TIER (TIER_ID, TIER_RANK, NAME_EN, NAME_PT_BR, NAME_ES, ENTRY_THRESHOLD, KEEP_THRESHOLD, GRACE_DAYS, DISCOUNT_PERCENT, FREE_SHIPPING, PRIORITY_SUPPORT, EARLY_ACCESS, REWARD_KIND, REWARD_VALUE, REWARD_VALID_DAYS, REWARD_SINCE) VALUES (-3, 3, 'Expedition', U&'Expedi\00E7\00E3o', U&'Expedici\00F3n', 600.00, 500.00, 60, 10.00, TRUE, TRUE, TRUE, 'PERCENT_OFF', 15.00, NULL, TIMESTAMP '2026-01-01 00:00:00');
-- Emily Carter's manual tier, with staff's note.
INSERT INTO CNC_LOYALTY_STANDING (CUSTOMER_ID, TIER_ID, METRIC_VALUE, SINCE, KEEP_UNTIL, EVALUATED_AT) VALUES (1004, -3, 409.90, TIMESTAMP '2026-08-05 09:30:00', NULL, TIMESTAMP '2026-08-05 09:30:00');
INSERT INTO CNC_LOYALTY_CHANGE (CUSTOMER_ID, FROM_TIER_ID, TO_TIER_ID, REASON, NOTE, CHANGED_AT) VALUES (1004, NULL, -3, 'MANUAL', 'Brand ambassador for the autumn catalogue', TIMESTAMP '2026-08-05 09:30:00');
-- Early access: the Solo Trekker 1 Tent, for Expedition members until 30 days after the demo's first start.
INSERT INTO BLC_PRODUCT_ATTRIBUTE (PRODUCT_ATTRIBUTE_ID, NAME, VALUE, SEARCHABLE, PRODUCT_ID) VALUES (-7901, 'loyalty.earlyAccessUntil', CAST(CURRENT_DATE + INTERVAL '30' DAY AS VARCHAR(10)), FALSE, 1009);
