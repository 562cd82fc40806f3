${msg("helpcenter.mail.addressChange.subject", orderNumber)}
