<#import "layout.ftl" as layout>
<#import "/guidance/widgets.ftl" as guidance>
<@layout.page title=rc.getMessage("account.title")>
    <h1>${rc.getMessage("account.title")}</h1>
    <p class="shopper-name">${rc.getMessage("account.greeting", [shopper.firstName!"", shopper.emailAddress!""])}</p>
    <#if done??><p class="done">${rc.getMessage(done)}</p></#if>
    <#if concierge?? && concierge.isOn("helpcenter")><p><a class="profile-link" href="${rc.contextPath}/account/profile">${rc.getMessage("helpcenter.profile.link")}</a></p></#if>
    <form method="post" action="${rc.contextPath}/logout" class="inline"><@layout.csrfField/><button type="submit">${rc.getMessage("account.signOut")}</button></form>
    <@guidance.forShopper/>
    <h2>${rc.getMessage("account.orders")}</h2>
    <#list orders as order>
        <section class="order" data-order="${order.number}">
            <h3>${rc.getMessage("confirmation.number")} ${order.number} · ${order.submitted} · <span class="status">${rc.getMessage("order.status." + order.status, [], order.status)}</span></h3>
            <@layout.orderLines order/>
            <#if concierge?? && concierge.isOn("helpcenter")><p><a class="order-care-link" href="${rc.contextPath}/help/orders/${order.number?url_path}">${rc.getMessage("helpcenter.account.orderLink")}</a></p></#if>
        </section>
    <#else>
        <p class="no-orders">${rc.getMessage("account.noOrders")}</p>
    </#list>
</@layout.page>
