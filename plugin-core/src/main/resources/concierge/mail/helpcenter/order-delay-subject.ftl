${msg("helpcenter.mail.delay.subject", orderNumber)}
