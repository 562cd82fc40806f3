<#import "layout.ftl" as layout>
<#import "/guidance/widgets.ftl" as guidance>
<@layout.page title=rc.getMessage("home.title")>
    <section class="hero">
        <h1>${rc.getMessage("home.headline")}</h1>
        <p>${rc.getMessage("home.intro")}</p>
    </section>
    <#-- A signed-in shopper's guidance from their orders; nothing for a guest. -->
    <@guidance.forShopper/>
    <h2>${rc.getMessage("home.featured")}</h2>
    <div class="grid">
        <#list products as card><@layout.productCard card/></#list>
    </div>
</@layout.page>
