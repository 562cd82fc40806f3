<#-- Product search results (SearchPageController): a prompt without words, else the count, facets and one page. -->
<#import "layout.ftl" as layout>
<@layout.page title=typed?has_content?then(rc.getMessage("search.titleFor", [typed]), rc.getMessage("search.title"))>
    <h1>${rc.getMessage("search.title")}</h1>
    <#if unavailable??>
        <p class="notice">${rc.getMessage("search.unavailable")}</p>
    <#elseif !results??>
        <p class="notice">${rc.getMessage("search.prompt")}</p>
    <#else>
        <p class="result-count" data-total="${results.total}">
            <#if results.total == 0>${rc.getMessage("search.none", [typed])}
            <#elseif results.total == 1>${rc.getMessage("search.countOne", [typed])}
            <#else>${rc.getMessage("search.count", [results.total, typed])}</#if>
        </p>
        <div class="search-results">
            <aside class="facets">
                <#list facets as facet>
                    <section class="facet" data-facet="${facet.key}">
                        <h2>${rc.getMessage("search.facet." + facet.key, facet.label)}</h2>
                        <ul>
                            <#list facet.options as option>
                                <li<#if option.chosen> class="chosen"</#if>>
                                    <a href="${rc.contextPath}/search${option.link}"><#if option.value??>${option.value}<#elseif option.max??>${rc.getMessage("search.range", [option.min, option.max])}<#else>${rc.getMessage("search.rangeFrom", [option.min])}</#if></a>
                                    <span class="count">(${option.count})</span>
                                    <#if option.chosen><a class="remove" href="${rc.contextPath}/search${option.link}" title="${rc.getMessage("search.removeFilter")}">&times;</a></#if>
                                </li>
                            </#list>
                        </ul>
                    </section>
                </#list>
            </aside>
            <div class="grid">
                <#list results.products as card><@layout.productCard card/></#list>
            </div>
        </div>
        <#if results.pageCount gt 1>
            <nav class="pages" aria-label="${rc.getMessage("search.pages")}">
                <#if results.previousPageLink??><a rel="prev" href="${rc.contextPath}/search${results.previousPageLink}">${rc.getMessage("search.previous")}</a></#if>
                <span>${rc.getMessage("search.pageOf", [results.page, results.pageCount])}</span>
                <#if results.nextPageLink??><a rel="next" href="${rc.contextPath}/search${results.nextPageLink}">${rc.getMessage("search.next")}</a></#if>
            </nav>
        </#if>
    </#if>
</@layout.page>
