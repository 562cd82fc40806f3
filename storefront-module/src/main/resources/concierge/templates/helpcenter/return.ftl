<#import "/concierge-layout.ftl" as frame>
<#import "returned-items.ftl" as returned>
<#-- A return request: which items, how many, and a reason from the merchant's list. -->
<@frame.page title=rc.getMessage("helpcenter.return.title", [orderNumber]) meta={"robots": "noindex"}>
    <section class="order-change">
        <h1>${rc.getMessage("helpcenter.return.title", [orderNumber])}</h1>
        <p>${rc.getMessage("helpcenter.return.intro")}</p>
        <form method="post" action="${rc.contextPath}/help/orders/${orderNumber?url_path}/return">
            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
            <@returned.choose items=items problems=problems/>
            <#if reasons?has_content>
                <label class="field">
                    <span>${rc.getMessage("helpcenter.return.reason")}</span>
                    <select name="reason" required>
                        <option value="">${rc.getMessage("helpcenter.return.chooseReason")}</option>
                        <#list reasons as reason><option value="${reason.id?c}"<#if chosenReason?? && chosenReason == reason.id> selected</#if>>${reason.label}</option></#list>
                    </select>
                    <#if problems["reason"]??><span class="problem" data-field="reason">${rc.getMessage(problems["reason"])}</span></#if>
                </label>
            </#if>
            <button type="submit">${rc.getMessage("helpcenter.return.submit")}</button>
        </form>
        <p><a href="${rc.contextPath}/help/orders/${orderNumber?url_path}">${rc.getMessage("helpcenter.change.back")}</a></p>
    </section>
</@frame.page>
