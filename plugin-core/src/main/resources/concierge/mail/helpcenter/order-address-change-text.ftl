<#import "order-mail.ftl" as mail>
<@mail.page>
${msg("helpcenter.mail.addressChange.intro", orderNumber, dateTime(occurredAt))}

<#list shippingAddress as line>${line}
</#list>

${msg("helpcenter.mail.addressChange.notYou")}

<@mail.lines/>
</@mail.page>
