<#import "order-mail.ftl" as mail>
<@mail.page>
${msg("helpcenter.mail.cancellation.intro", orderNumber, dateTime(occurredAt))}
<#if reason??>${msg("helpcenter.mail.cancellation.reason", reason)}
</#if>

<@mail.lines/>
</@mail.page>
