${msg("helpcenter.mail.caseAnswer.subject", caseNumber, subject)}
