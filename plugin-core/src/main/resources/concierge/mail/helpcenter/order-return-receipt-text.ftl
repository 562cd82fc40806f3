<#import "order-mail.ftl" as mail>
<@mail.page>
${msg("helpcenter.mail.returnReceipt.intro", orderNumber, timestamp(recordedAt))}

<@mail.returned/>
<#if reason??>${msg("helpcenter.mail.returnReceipt.reason", reason)}
</#if>

${msg("helpcenter.mail.returnReceipt.next")}
</@mail.page>
