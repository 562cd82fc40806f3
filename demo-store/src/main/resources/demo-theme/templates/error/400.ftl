<#import "../layout.ftl" as layout>
<@layout.page title=rc.getMessage("error.badRequest.title")>
    <h1>${rc.getMessage("error.badRequest.title")}</h1>
    <p>${rc.getMessage("error.badRequest.text")}</p>
    <p><a href="${rc.contextPath}/">${rc.getMessage("error.home")}</a></p>
</@layout.page>
