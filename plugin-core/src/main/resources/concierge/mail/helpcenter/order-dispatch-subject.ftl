${msg("helpcenter.mail.dispatch.subject", orderNumber)}
