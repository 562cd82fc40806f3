<#import "/concierge-layout.ftl" as frame>
<#import "widgets.ftl" as help>
<@frame.page title=rc.getMessage("helpcenter.faq.search.title") meta={"robots": "noindex"}>
    <h1>${rc.getMessage("helpcenter.faq.search.title")}</h1>
    <@help.searchForm query/>
    <#if searchUnavailable??>
        <p class="problem" role="alert">${rc.getMessage("helpcenter.faq.search.unavailable")}</p>
    <#elseif results?? && results.text?has_content>
        <#if hits?size == 0>
            <p class="no-results">${rc.getMessage("helpcenter.faq.search.none", [results.text])}</p>
        <#else>
            <p class="result-count">${rc.getMessage("helpcenter.faq.search.count", [results.total, results.text])}</p>
        </#if>
        <#if results.suggestion??>
            <p class="suggestion">${rc.getMessage("helpcenter.faq.search.didYouMean")} <a href="${rc.contextPath}/help/search?q=${results.suggestion?url}">${results.suggestion}</a></p>
        </#if>
        <ol class="help-results">
            <#list hits as hit>
                <li class="search-hit answer-${hit.kind}" lang="${hit.locale?replace("_", "-")}">
                    <span class="kind">${rc.getMessage("helpcenter.faq.kind." + hit.kind)}</span>
                    <h2><a href="${rc.contextPath}${hit.url}">${hit.title}</a></h2>
                    <#-- Built by the search service: escaped text with <mark> around the matched words. -->
                    <#-- Escaped text with <mark> only (SnippetHtml), as on the guide search. -->
                    <p class="snippet">${hit.snippetHtml?no_esc}</p>
                </li>
            </#list>
        </ol>
        <#if results.totalPages gt 1>
            <nav class="pager">
                <#if results.page gt 1><a rel="prev" href="${rc.contextPath}/help/search?q=${query?url}&amp;page=${results.page - 1}">${rc.getMessage("helpcenter.faq.previous")}</a></#if>
                <#if results.page lt results.totalPages><a rel="next" href="${rc.contextPath}/help/search?q=${query?url}&amp;page=${results.page + 1}">${rc.getMessage("helpcenter.faq.next")}</a></#if>
            </nav>
        </#if>
    <#else>
        <p>${rc.getMessage("helpcenter.faq.search.empty")}</p>
    </#if>
    <@help.ways/>
</@frame.page>
