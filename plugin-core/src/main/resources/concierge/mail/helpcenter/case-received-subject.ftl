${msg("helpcenter.mail.caseReceived.subject", caseNumber, subject)}
