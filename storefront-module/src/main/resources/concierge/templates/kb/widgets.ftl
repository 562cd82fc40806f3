<#-- Concierge knowledge-base pieces for any FreeMarker page: <#import "/kb/widgets.ftl" as kb> -->

<#-- "Guides for this product": nothing at all when the product has no guide in the shopper's language. -->
<#macro guidesForProduct productId>
    <#local guides = cncWidget("kb.guidesForProduct", {"productId": productId})>
    <#if guides?has_content>
        <section class="concierge-product-guides">
            <h2>${rc.getMessage("kb.forProduct")}</h2>
            <ul><#list guides as guide><li><a href="${rc.contextPath}/guides/${guide.slug}">${guide.title}</a><#if guide.summary?has_content> — ${guide.summary}</#if></li></#list></ul>
        </section>
    </#if>
</#macro>

<#macro searchForm query>
    <form class="guide-search" method="get" action="${rc.contextPath}/guides/search" role="search">
        <input type="search" name="q" value="${query}" maxlength="200" aria-label="${rc.getMessage("kb.search.label")}" placeholder="${rc.getMessage("kb.search.placeholder")}">
        <button type="submit">${rc.getMessage("kb.search.submit")}</button>
    </form>
</#macro>

<#macro categoryTree nodes>
    <#if nodes?has_content>
        <ul><#list nodes as node>
            <li><a href="${rc.contextPath}/guides/category/${node.category.slug}">${rc.getMessage("kb.category." + node.category.slug, [], node.category.name)}</a><@categoryTree node.children/></li>
        </#list></ul>
    </#if>
</#macro>
