${msg("loyalty.mail.reward.subject", tier)}
<#if firstName??>${msg("loyalty.mail.greeting", firstName)}<#else>${msg("loyalty.mail.greetingAnonymous")}</#if>

${msg("loyalty.mail.reward.welcome", tier)}
${msg("loyalty.mail.reward." + kind, (kind == "AMOUNT_OFF")?then(money(amount), percent))}

    ${code}

${msg("loyalty.mail.reward.once")}<#if validThrough??> ${msg("loyalty.mail.reward.validThrough", validThrough)}</#if>

${msg("loyalty.mail.warning.link")}: ${link}
