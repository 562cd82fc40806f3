<#import "layout.ftl" as layout>
<#import "/kb/widgets.ftl" as guides>
<#import "/guidance/widgets.ftl" as guidance>
<#import "/loyalty/widgets.ftl" as loyalty>
<@layout.page title=product.name>
    <div class="product">
        <img src="${rc.contextPath}${product.imageUrl}" alt="${product.name}" width="400" height="300">
        <div>
            <h1>${product.name}</h1>
            <p class="price"><#if product.regularPrice??><del>${product.regularPrice}</del> </#if>${product.price}</p>
            <#if product.description??><p>${product.description}</p></#if>
            <@loyalty.earlyAccess product.id/>
            <form method="post" action="${rc.contextPath}/cart/add" class="add-to-cart">
                <@layout.csrfField/>
                <input type="hidden" name="productId" value="${product.id}">
                <label>${rc.getMessage("cart.quantity")} <input type="number" name="quantity" value="1" min="1" max="99"></label>
                <button type="submit">${rc.getMessage("cart.add")}</button>
            </form>
            <#-- The merchant's HTML from the Broadleaf admin, sanitized by the controller. -->
            <#if longDescription??><div class="description">${longDescription?no_esc}</div></#if>
        </div>
    </div>
    <@guides.guidesForProduct product.id/>
    <#-- Guidance's blocks while it is on (the merchant's links with measured co-purchases); else the plain links. -->
    <#if concierge.isOn("guidance")>
    <@guidance.forProduct product.id/>
    <#else>
    <#if upSell?has_content>
        <h2>${rc.getMessage("product.upSell")}</h2>
        <div class="grid"><#list upSell as link><div><@layout.productCard link.product/><#if link.reason??><p class="reason">${link.reason}</p></#if></div></#list></div>
    </#if>
    <#if crossSell?has_content>
        <h2>${rc.getMessage("product.crossSell")}</h2>
        <div class="grid"><#list crossSell as link><div><@layout.productCard link.product/><#if link.reason??><p class="reason">${link.reason}</p></#if></div></#list></div>
    </#if>
    </#if>
</@layout.page>
