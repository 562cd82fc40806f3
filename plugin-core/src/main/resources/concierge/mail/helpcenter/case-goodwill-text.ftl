<#if name??>${msg("helpcenter.mail.greeting", name)}<#else>${msg("helpcenter.mail.greetingAnonymous")}</#if>

${msg("helpcenter.mail.caseGoodwill.intro", caseNumber, money(amount))}

${code}

${msg("helpcenter.mail.caseGoodwill.use", date(validUntil))}
