<#import "order-mail.ftl" as mail>
<@mail.page>
${msg("helpcenter.mail.confirmation.intro", orderNumber, dateTime(occurredAt))}

<@mail.lines/>
</@mail.page>
