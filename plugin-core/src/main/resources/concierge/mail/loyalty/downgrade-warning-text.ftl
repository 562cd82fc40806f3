<#if firstName??>${msg("loyalty.mail.greeting", firstName)}<#else>${msg("loyalty.mail.greetingAnonymous")}</#if>

${msg("loyalty.mail.warning.kept", tier, date(keptUntil))}
<#if metric == "ORDER_COUNT" || metric == "POINTS">${msg("loyalty.mail.warning." + metric, missing?string("0"))}<#else>${msg("loyalty.mail.warning.NET_SPEND", money(missing))}</#if>
<#if lowerTier??>${msg("loyalty.mail.warning.after", lowerTier)}<#else>${msg("loyalty.mail.warning.afterNone")}</#if>

${msg("loyalty.mail.warning.link")}: ${link}
