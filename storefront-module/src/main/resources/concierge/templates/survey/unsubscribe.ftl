<#import "/concierge-layout.ftl" as frame>
<#-- The survey mails' unsubscribe link: one button (a POST), then the confirmation. -->
<@frame.page title=rc.getMessage("survey.unsubscribe.title") meta={"robots": "noindex"}>
    <section class="survey-unsubscribe">
        <h1>${rc.getMessage("survey.unsubscribe.title")}</h1>
        <#if unsubscribed??>
            <p class="notice" role="status">${rc.getMessage("survey.unsubscribe.done")}</p>
        <#else>
            <p>${rc.getMessage("survey.unsubscribe.text")}</p>
            <form method="post" action="${rc.contextPath}${action}">
                <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
                <button type="submit">${rc.getMessage("survey.unsubscribe.button")}</button>
            </form>
        </#if>
    </section>
</@frame.page>
