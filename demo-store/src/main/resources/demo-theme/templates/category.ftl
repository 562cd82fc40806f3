<#import "layout.ftl" as layout>
<@layout.page title=category.name>
    <h1>${category.name}</h1>
    <#if category.description??><p>${category.description}</p></#if>
    <div class="grid">
        <#list products as card><@layout.productCard card/><#else><p>${rc.getMessage("category.empty")}</p></#list>
    </div>
</@layout.page>
