<#import "case-mail.ftl" as mail>
<@mail.page>
${msg("helpcenter.mail.caseAnswer.intro", caseNumber)}
</@mail.page>
