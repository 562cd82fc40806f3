<#import "layout.ftl" as layout>
<@layout.page title=rc.getMessage("confirmation.title")>
    <h1>${rc.getMessage("confirmation.title")}</h1>
    <p class="order-number">${rc.getMessage("confirmation.number")}: <strong>${order.number}</strong></p>
    <p>${rc.getMessage("confirmation.email", [order.email!""])}</p>
    <@layout.orderLines order/>
    <#if guest && order.email?? && concierge?? && concierge.isOn("helpcenter")>
        <#import "/helpcenter/account/widgets.ftl" as account>
        <@account.keepDetails order.number order.email/>
    </#if>
</@layout.page>
