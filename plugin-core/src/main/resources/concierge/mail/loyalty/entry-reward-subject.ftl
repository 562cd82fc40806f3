${msg("loyalty.mail.reward.subject", tier)}
