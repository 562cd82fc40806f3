-- The store's Concierge settings: every capability switched on, default options. Negative id, as Broadleaf's own
-- seed rows, so it never meets an id from the table generator.
INSERT INTO CNC_SETTINGS (SETTINGS_ID, NAME, KB_ENABLED, KB_GUIDES_PER_PAGE, GUIDANCE_ENABLED, GUIDANCE_MAX_RECOMMENDATIONS, HELP_CENTER_ENABLED, HELP_LOOKUPS_PER_MINUTE, LOYALTY_ENABLED, SURVEYS_ENABLED, SURVEY_TOKEN_DAYS) VALUES (-1, 'Store', TRUE, 12, TRUE, 4, TRUE, 10, TRUE, TRUE, 30);
