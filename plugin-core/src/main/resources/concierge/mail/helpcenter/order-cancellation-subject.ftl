${msg("helpcenter.mail.cancellation.subject", orderNumber)}
