${msg("helpcenter.mail.delivered.subject", orderNumber)}
