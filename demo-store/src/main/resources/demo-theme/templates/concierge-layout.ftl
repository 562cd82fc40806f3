<#-- Puts Concierge's pages (guides, help center...) inside the demo theme's own frame. -->
<#import "layout.ftl" as layout>
<#macro page title meta={}>
    <@layout.page title=title meta=meta><#nested></@layout.page>
</#macro>
