<#import "/concierge-layout.ftl" as frame>
<#-- The cancellation of an order: one question, one button; applied at once when the order can still be changed. -->
<@frame.page title=rc.getMessage("helpcenter.cancel.title", [orderNumber]) meta={"robots": "noindex"}>
    <section class="order-change">
        <h1>${rc.getMessage("helpcenter.cancel.title", [orderNumber])}</h1>
        <p>${rc.getMessage("helpcenter.cancel.intro")}</p>
        <form method="post" action="${rc.contextPath}/help/orders/${orderNumber?url_path}/cancel">
            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
            <button type="submit">${rc.getMessage("helpcenter.cancel.submit")}</button>
        </form>
        <p><a href="${rc.contextPath}/help/orders/${orderNumber?url_path}">${rc.getMessage("helpcenter.cancel.keep")}</a></p>
    </section>
</@frame.page>
