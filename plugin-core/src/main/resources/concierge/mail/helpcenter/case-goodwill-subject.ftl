${msg("helpcenter.mail.caseGoodwill.subject", caseNumber)}
