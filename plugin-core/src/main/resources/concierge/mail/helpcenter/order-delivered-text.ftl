<#import "order-mail.ftl" as mail>
<@mail.page>
${msg("helpcenter.mail.delivered.intro", orderNumber, dateTime(occurredAt))}
<#if guides?has_content>

${msg("helpcenter.mail.delivered.guides")}
<#list guides as guide>
- ${guide.title}: ${guide.url}
</#list>
</#if>
</@mail.page>
