<#import "/concierge-layout.ftl" as frame>
<#-- Too many survey pages from one client address: try again later (answered 429). -->
<@frame.page title=rc.getMessage("survey.busy.title") meta={"robots": "noindex"}>
    <section class="survey-busy">
        <h1>${rc.getMessage("survey.busy.title")}</h1>
        <p class="problem" role="alert" data-field="limit">${rc.getMessage("survey.busy.text", [retryAfterMinutes])}</p>
    </section>
</@frame.page>
