<#import "case-mail.ftl" as mail>
<@mail.page>
${msg("helpcenter.mail.caseReceived.intro", caseNumber, dateTime(writtenAt))}
</@mail.page>
