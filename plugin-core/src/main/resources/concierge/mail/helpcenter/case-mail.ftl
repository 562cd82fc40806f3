<#-- The parts a case's mails share (plain text). -->
<#macro page>
<#if name??>${msg("helpcenter.mail.greeting", name)}<#else>${msg("helpcenter.mail.greetingAnonymous")}</#if>

<#nested>

${message}

<#if caseLink??>${msg("helpcenter.mail.case.link", caseNumber)}: ${caseLink}<#else>${msg("helpcenter.mail.case.account", caseNumber)} ${accountLink}</#if>
</#macro>
