<#import "/concierge-layout.ftl" as frame>
<@frame.page title=rc.getMessage("helpcenter.case.filedTitle", [caseNumber]) meta={"robots": "noindex"}>
    <section class="case-filed" data-case="${caseNumber}">
        <h1>${rc.getMessage("helpcenter.case.filedTitle", [caseNumber])}</h1>
        <p>${rc.getMessage("helpcenter.case.filed", [caseNumber, email])}</p>
    </section>
</@frame.page>
