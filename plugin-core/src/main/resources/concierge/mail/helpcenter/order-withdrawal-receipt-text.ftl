<#import "order-mail.ftl" as mail>
<@mail.page>
${msg("helpcenter.mail.withdrawalReceipt.intro", orderNumber, timestamp(recordedAt))}

<@mail.returned/>

${msg("helpcenter.mail.withdrawalReceipt.receiptOnly")}

${msg("helpcenter.mail.withdrawalReceipt.next")}
</@mail.page>
