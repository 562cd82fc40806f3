<#import "/concierge-layout.ftl" as frame>
<#-- One case's thread as its customer reads it (never the internal notes), and the answer form. -->
<@frame.page title=rc.getMessage("helpcenter.case.pageTitle", [supportCase.number, supportCase.subject]) meta={"robots": "noindex"}>
    <section class="case" data-case="${supportCase.number}">
        <h1>${rc.getMessage("helpcenter.case.pageTitle", [supportCase.number, supportCase.subject])}</h1>
        <p class="status" data-status="${supportCase.status}">${rc.getMessage("helpcenter.case.status." + supportCase.status)}</p>
        <#if sent??><p class="notice" role="status">${rc.getMessage("helpcenter.case.answerSent")}</p></#if>
        <ol class="thread">
            <#list thread as m>
                <li class="message" data-kind="${m.kind}">
                    <strong>${rc.getMessage("helpcenter.case.kind." + m.kind)}</strong>
                    <time datetime="${m.writtenAt?datetime?iso_utc}">${m.writtenAt?datetime?string.medium_short}</time>
                    <div class="body" style="white-space: pre-wrap;">${m.body}</div>
                </li>
            </#list>
        </ol>
        <form method="post" action="${rc.contextPath}${action}">
            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
            <label class="field"><span>${rc.getMessage("helpcenter.case.yourAnswer")}</span>
                <textarea name="body" rows="5" maxlength="10000" required></textarea>
                <#if problems["message"]??><span class="problem" data-field="message">${rc.getMessage(problems["message"])}</span></#if></label>
            <button type="submit">${rc.getMessage("helpcenter.case.send")}</button>
        </form>
    </section>
</@frame.page>
