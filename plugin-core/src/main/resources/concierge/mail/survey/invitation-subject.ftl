<#if reminder>${msg("survey.mail.reminder.subject")}<#else>${msg("survey.mail.invitation.subject")}</#if>
