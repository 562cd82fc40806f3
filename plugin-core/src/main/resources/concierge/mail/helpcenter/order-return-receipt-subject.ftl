${msg("helpcenter.mail.returnReceipt.subject", orderNumber)}
