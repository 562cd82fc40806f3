<#import "/concierge-layout.ftl" as frame>
<@frame.page title=rc.getMessage("helpcenter.cases.title") meta={"robots": "noindex"}>
    <section class="cases">
        <h1>${rc.getMessage("helpcenter.cases.title")}</h1>
        <#if cases?has_content>
            <ul>
                <#list cases as c>
                    <li data-case="${c.number}"><a href="${rc.contextPath}/account/cases/${c.number?url_path}">${c.number} · ${c.subject}</a>
                        · <span class="status" data-status="${c.status}">${rc.getMessage("helpcenter.case.status." + c.status)}</span></li>
                </#list>
            </ul>
        <#else>
            <p>${rc.getMessage("helpcenter.cases.none")}</p>
        </#if>
        <p><a class="button" href="${rc.contextPath}/help/contact/case">${rc.getMessage("helpcenter.contact.writeToUs")}</a></p>
    </section>
</@frame.page>
