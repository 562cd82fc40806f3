<#-- The help center's search box, shared by /help and /help/search. -->
<#macro searchForm query>
    <form class="help-search" method="get" action="${rc.contextPath}/help/search" role="search">
        <input type="search" name="q" value="${query}" maxlength="200" aria-label="${rc.getMessage("helpcenter.faq.search.label")}" placeholder="${rc.getMessage("helpcenter.faq.search.placeholder")}">
        <button type="submit">${rc.getMessage("helpcenter.faq.search.submit")}</button>
    </form>
</#macro>

<#macro ways>
    <nav class="help-ways" aria-label="${rc.getMessage("helpcenter.faq.ways")}">
        <ul>
            <li><a href="${rc.contextPath}/help/orders/lookup">${rc.getMessage("helpcenter.faq.ways.lookup")}</a></li>
            <li><a href="${rc.contextPath}/account">${rc.getMessage("helpcenter.faq.ways.account")}</a></li>
            <li><a href="${rc.contextPath}/help/contact">${rc.getMessage("helpcenter.faq.ways.contact")}</a></li>
        </ul>
    </nav>
</#macro>
