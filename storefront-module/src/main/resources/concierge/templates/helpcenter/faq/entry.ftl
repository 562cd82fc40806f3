<#import "/concierge-layout.ftl" as frame>
<#import "widgets.ftl" as help>
<@frame.page title=entry.question meta={}>
    <article class="faq-answer" lang="${entry.locale?replace("_", "-")}">
        <h1>${entry.question}</h1>
        <#if entry.category?has_content><p class="category">${entry.category}</p></#if>
        <#-- Sanitized with the knowledge base's allow-list on every save. -->
        <div class="answer">${answerHtml?no_esc}</div>
        <#if products?has_content>
            <h2>${rc.getMessage("helpcenter.faq.products")}</h2>
            <ul class="faq-products">
                <#list products as product><li><a href="${rc.contextPath}${product.url}">${product.name}</a></li></#list>
            </ul>
        </#if>
    </article>
    <p><a href="${rc.contextPath}/help">${rc.getMessage("helpcenter.faq.back")}</a></p>
    <@help.searchForm ""/>
    <@help.ways/>
</@frame.page>
