<#import "/concierge-layout.ftl" as frame>
<#import "widgets.ftl" as kb>
<@frame.page title=rc.getMessage("kb.search.title") meta={"description": rc.getMessage("kb.intro")}>
    <h1>${rc.getMessage("kb.search.title")}</h1>
    <@kb.searchForm query/>
    <#if searchUnavailable??>
        <p class="problem" role="alert">${rc.getMessage("kb.search.unavailable")}</p>
    <#elseif results?? && results.text?has_content>
        <#if results.total == 0>
            <p class="no-results">${rc.getMessage("kb.search.none", [results.text])}</p>
        <#else>
            <p class="result-count">${rc.getMessage("kb.search.count", [results.total, results.text])}</p>
        </#if>
        <#if results.suggestion??>
            <p class="suggestion">${rc.getMessage("kb.search.didYouMean")} <a href="${rc.contextPath}/guides/search?q=${results.suggestion?url}">${results.suggestion}</a></p>
        </#if>
        <ol class="guide-results">
            <#list results.hits as hit>
                <li class="search-hit" lang="${hit.locale?replace("_", "-")}">
                    <h2><a href="${rc.contextPath}/guides/${hit.slug}">${hit.title}</a></h2>
                    <#-- Built by the search service: escaped text with <mark> around the matched words. -->
                    <p class="snippet">${hit.snippetHtml?no_esc}</p>
                </li>
            </#list>
        </ol>
        <#if results.totalPages gt 1>
            <nav class="pager" aria-label="${rc.getMessage("kb.pages")}">
                <#if results.page gt 1><a rel="prev" href="${rc.contextPath}/guides/search?q=${query?url}&amp;page=${results.page - 1}">${rc.getMessage("kb.previous")}</a></#if>
                <span>${rc.getMessage("kb.pageOf", [results.page, results.totalPages])}</span>
                <#if results.page lt results.totalPages><a rel="next" href="${rc.contextPath}/guides/search?q=${query?url}&amp;page=${results.page + 1}">${rc.getMessage("kb.next")}</a></#if>
            </nav>
        </#if>
    <#else>
        <p>${rc.getMessage("kb.search.empty")}</p>
    </#if>
</@frame.page>
