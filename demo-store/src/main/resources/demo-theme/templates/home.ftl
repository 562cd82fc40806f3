<#import "layout.ftl" as layout>
<@layout.page title=rc.getMessage("home.title")>
    <section class="hero">
        <h1>${rc.getMessage("home.headline")}</h1>
        <p>${rc.getMessage("home.intro")}</p>
    </section>
    <h2>${rc.getMessage("home.featured")}</h2>
    <div class="grid">
        <#list products as card><@layout.productCard card/></#list>
    </div>
</@layout.page>
