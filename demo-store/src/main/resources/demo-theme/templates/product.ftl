<#import "layout.ftl" as layout>
<@layout.page title=product.name>
    <div class="product">
        <img src="${rc.contextPath}${product.imageUrl}" alt="${product.name}" width="400" height="300">
        <div>
            <h1>${product.name}</h1>
            <p class="price"><#if product.regularPrice??><del>${product.regularPrice}</del> </#if>${product.price}</p>
            <#if product.description??><p>${product.description}</p></#if>
            <#-- The long description is the merchant's own HTML from the Broadleaf admin. -->
            <#if longDescription??><div class="description">${longDescription?no_esc}</div></#if>
        </div>
    </div>
    <#if upSell?has_content>
        <h2>${rc.getMessage("product.upSell")}</h2>
        <div class="grid"><#list upSell as link><div><@layout.productCard link.product/><#if link.reason??><p class="reason">${link.reason}</p></#if></div></#list></div>
    </#if>
    <#if crossSell?has_content>
        <h2>${rc.getMessage("product.crossSell")}</h2>
        <div class="grid"><#list crossSell as link><div><@layout.productCard link.product/><#if link.reason??><p class="reason">${link.reason}</p></#if></div></#list></div>
    </#if>
</@layout.page>
