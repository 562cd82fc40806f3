<#import "/concierge-layout.ftl" as frame>
<#-- A survey link that is forged, expired or off the scale: nothing was recorded. -->
<@frame.page title=rc.getMessage("survey.closed.title") meta={"robots": "noindex"}>
    <section class="survey-closed">
        <h1>${rc.getMessage("survey.closed.title")}</h1>
        <p>${rc.getMessage("survey.closed.text")}</p>
        <p><a href="${rc.contextPath}/help">${rc.getMessage("survey.closed.help")}</a></p>
    </section>
</@frame.page>
