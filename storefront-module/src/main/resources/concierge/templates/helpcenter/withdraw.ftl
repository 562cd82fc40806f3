<#import "/concierge-layout.ftl" as frame>
<#import "returned-items.ftl" as returned>
<#-- The EU withdrawal in two steps: "Withdraw from the contract" (which items), then "Confirm the withdrawal". -->
<#assign title = rc.getMessage(confirming?then("helpcenter.withdraw.confirmTitle", "helpcenter.withdraw.title"), [orderNumber])>
<@frame.page title=title meta={"robots": "noindex"}>
    <section class="order-change withdrawal" data-step="${confirming?then("confirm", "choose")}">
        <h1>${title}</h1>
        <#if confirming>
            <p>${rc.getMessage("helpcenter.withdraw.confirmIntro", [orderNumber, customerName!"", receiptTo!""])}</p>
        <#else>
            <p>${rc.getMessage("helpcenter.withdraw.intro")}</p>
        </#if>
        <form method="post" action="${rc.contextPath}/help/orders/${orderNumber?url_path}/withdraw">
            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
            <@returned.choose items=items problems=problems fixed=confirming/>
            <#if confirming>
                <input type="hidden" name="confirmed" value="true">
                <button type="submit">${rc.getMessage("helpcenter.withdraw.confirm")}</button>
            <#else>
                <button type="submit">${rc.getMessage("helpcenter.withdraw.submit")}</button>
            </#if>
        </form>
        <p><a href="${rc.contextPath}/help/orders/${orderNumber?url_path}">${rc.getMessage("helpcenter.change.back")}</a></p>
    </section>
</@frame.page>
