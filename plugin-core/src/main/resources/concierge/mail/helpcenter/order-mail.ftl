<#-- The parts the help center's order mails share (plain text). -->
<#macro page>
<#if firstName??>${msg("helpcenter.mail.greeting", firstName)}<#else>${msg("helpcenter.mail.greetingAnonymous")}</#if>

<#nested>

${msg("helpcenter.mail.orderLink", orderNumber)}: ${orderLink}
</#macro>
<#macro returned>
<#list returnedItems as item>
${item.quantity} × ${item.name}
</#list>
</#macro>
<#macro lines>
<#list items as item>
${item.quantity} × ${item.name}: ${money(item.total)}
</#list>
${msg("helpcenter.mail.total")}: ${money(total)}
</#macro>
