<#import "/concierge-layout.ftl" as frame>
<#import "widgets.ftl" as kb>
<#if category??>
    <#assign heading = rc.getMessage("kb.category.heading", [rc.getMessage("kb.category." + category.slug, [], category.name)])>
<#elseif tag??>
    <#assign heading = rc.getMessage("kb.tag.heading", [tag.name])>
<#else>
    <#assign heading = rc.getMessage("kb.title")>
</#if>
<@frame.page title=heading meta={"feedUrl": rc.contextPath + "/guides/feed.xml", "feedTitle": rc.getMessage("kb.feed.title"), "description": rc.getMessage("kb.intro")}>
    <div class="kb">
        <div class="kb-main">
            <h1>${heading}</h1>
            <#if category?? && category.description?has_content><p>${category.description}</p></#if>
            <@kb.searchForm ""/>
            <#list guides as guide>
                <article class="guide-card">
                    <h2><a href="${rc.contextPath}/guides/${guide.slug}">${guide.title}</a></h2>
                    <p class="meta">${guide.published}</p>
                    <#if guide.summary?has_content><p>${guide.summary}</p></#if>
                </article>
            <#else>
                <p class="no-guides">${rc.getMessage("kb.none")}</p>
            </#list>
            <#if pager.totalPages gt 1>
                <nav class="pager" aria-label="${rc.getMessage("kb.pages")}">
                    <#if pager.hasPrevious><a rel="prev" href="${rc.contextPath}${listingPath}?page=${pager.page - 1}">${rc.getMessage("kb.previous")}</a></#if>
                    <span>${rc.getMessage("kb.pageOf", [pager.page, pager.totalPages])}</span>
                    <#if pager.hasNext><a rel="next" href="${rc.contextPath}${listingPath}?page=${pager.page + 1}">${rc.getMessage("kb.next")}</a></#if>
                </nav>
            </#if>
        </div>
        <aside class="kb-categories">
            <h2>${rc.getMessage("kb.categories")}</h2>
            <@kb.categoryTree categoryTree/>
            <p><a href="${rc.contextPath}/guides/feed.xml">${rc.getMessage("kb.feed.link")}</a></p>
        </aside>
    </div>
</@frame.page>
