<#import "order-mail.ftl" as mail>
<@mail.page>
${msg("helpcenter.mail.dispatch.intro", orderNumber, dateTime(occurredAt))}
<#if carrier??>${msg("helpcenter.mail.dispatch.carrier", carrier)}
</#if><#if trackingNumber??>${msg("helpcenter.mail.dispatch.trackingNumber", trackingNumber)}
</#if><#if trackingLink??>${msg("helpcenter.mail.dispatch.trackingLink")}: ${trackingLink}
</#if><#if estimatedDelivery??>${msg("helpcenter.mail.dispatch.estimate", estimatedDelivery)}
</#if>
</@mail.page>
