<#if firstName??>${msg("survey.mail.greeting", firstName)}<#else>${msg("survey.mail.greetingAnonymous")}</#if>

<#if orderNumber??>${msg("survey.mail.intro." + trigger, orderNumber)}</#if>

${msg("survey.question." + kind)}
${msg("survey.scale." + kind)}

<#list scores as s>
${s.score}: ${s.link}
</#list>

${msg("survey.mail.oneClick")}

${msg("survey.mail.unsubscribe")}: ${unsubscribeLink}
