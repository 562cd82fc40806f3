<#import "layout.ftl" as layout>
<@layout.page title=rc.getMessage("account.title")>
    <h1>${rc.getMessage("account.title")}</h1>
    <p class="shopper-name">${rc.getMessage("account.greeting", [shopper.firstName!"", shopper.emailAddress!""])}</p>
    <form method="post" action="${rc.contextPath}/logout" class="inline"><@layout.csrfField/><button type="submit">${rc.getMessage("account.signOut")}</button></form>
    <h2>${rc.getMessage("account.orders")}</h2>
    <#list orders as order>
        <section class="order" data-order="${order.number}">
            <h3>${rc.getMessage("confirmation.number")} ${order.number} · ${order.submitted} · <span class="status">${rc.getMessage("order.status." + order.status, [], order.status)}</span></h3>
            <@layout.orderLines order/>
        </section>
    <#else>
        <p class="no-orders">${rc.getMessage("account.noOrders")}</p>
    </#list>
</@layout.page>
