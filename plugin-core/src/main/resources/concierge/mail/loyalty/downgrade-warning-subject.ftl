${msg("loyalty.mail.warning.subject", tier)}
