${msg("helpcenter.mail.confirmation.subject", orderNumber)}
