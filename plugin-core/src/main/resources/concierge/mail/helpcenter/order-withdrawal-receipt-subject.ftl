${msg("helpcenter.mail.withdrawalReceipt.subject", orderNumber)}
