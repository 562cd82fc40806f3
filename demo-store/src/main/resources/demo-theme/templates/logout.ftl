<#-- Reached by a link or an old bookmark: signing out takes the shopper's own click (a POST with the CSRF token). -->
<#import "layout.ftl" as layout>
<@layout.page title=rc.getMessage("signOut.title")>
    <h1>${rc.getMessage("signOut.title")}</h1>
    <p>${rc.getMessage("signOut.text")}</p>
    <form method="post" action="${rc.contextPath}/logout" class="inline"><@layout.csrfField/><button type="submit">${rc.getMessage("account.signOut")}</button></form>
</@layout.page>
