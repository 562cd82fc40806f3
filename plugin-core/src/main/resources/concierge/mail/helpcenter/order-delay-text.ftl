<#import "order-mail.ftl" as mail>
<@mail.page>
${msg("helpcenter.mail.delay.intro", orderNumber)}
<#if reason??>${msg("helpcenter.mail.delay.reason", reason)}
</#if><#if estimatedDelivery??>${msg("helpcenter.mail.delay.estimate", estimatedDelivery)}
</#if><#if delayGuide??>

${msg("helpcenter.mail.delay.guide")} ${delayGuide.title}: ${delayGuide.url}
</#if>
</@mail.page>
