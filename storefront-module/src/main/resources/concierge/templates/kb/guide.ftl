<#import "/concierge-layout.ftl" as frame>
<#import "widgets.ftl" as kb>
<@frame.page title=guide.seoTitle meta={"description": guide.seoDescription!"", "canonical": guide.canonicalUrl, "ogType": "article", "ogImage": guide.heroImageUrl!"", "jsonLd": guide.jsonLd, "feedUrl": rc.contextPath + "/guides/feed.xml", "feedTitle": rc.getMessage("kb.feed.title"), "robots": preview???then("noindex", "")}>
    <#if preview??><p class="preview-banner" role="status">${rc.getMessage("kb.preview", [preview])}</p></#if>
    <article class="guide" lang="${guide.lang}">
        <p class="breadcrumbs"><a href="${rc.contextPath}/guides">${rc.getMessage("kb.title")}</a><#if guide.categorySlug??> › <a href="${rc.contextPath}/guides/category/${guide.categorySlug}">${rc.getMessage("kb.category." + guide.categorySlug, [], guide.categoryName)}</a></#if></p>
        <h1>${guide.title}</h1>
        <p class="meta"><#if guide.author?has_content>${rc.getMessage("kb.by", [guide.author])} · </#if><time datetime="${guide.publishedIso!""}">${guide.published}</time></p>
        <#if guide.heroImageUrl??><img class="hero" src="${guide.heroImageUrl}" alt=""></#if>
        <#if guide.summary?has_content><p class="summary">${guide.summary}</p></#if>
        <#-- Sanitized with an allow-list when the guide was saved. -->
        <div class="guide-body">${guide.bodyHtml?no_esc}</div>
        <#if guide.tags?has_content>
            <p class="tags">${rc.getMessage("kb.tags")}: <#list guide.tags as tag><a href="${rc.contextPath}/guides/tag/${tag.slug}" rel="tag">${tag.name}</a><#sep>, </#sep></#list></p>
        </#if>
    </article>

    <#if guide.products?has_content>
        <section class="guide-products">
            <h2>${rc.getMessage("kb.products")}</h2>
            <div class="grid">
                <#list guide.products as product>
                    <article class="card guide-product">
                        <#if product.imageUrl??><a href="${rc.contextPath}${product.url}"><img src="${rc.contextPath}${product.imageUrl}" alt="${product.name}" width="400" height="300"></a></#if>
                        <h3><a href="${rc.contextPath}${product.url}">${product.name}</a></h3>
                        <p class="price">${product.price}</p>
                        <form method="post" action="${rc.contextPath}/cart/add">
                            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
                            <input type="hidden" name="productId" value="${product.id}">
                            <input type="hidden" name="quantity" value="1">
                            <button type="submit">${rc.getMessage("kb.addToCart")}</button>
                        </form>
                    </article>
                </#list>
            </div>
        </section>
    </#if>

    <#if !preview??>
    <section class="guide-vote" id="vote">
        <#if voteThanks?? || voted>
            <p class="vote-thanks">${rc.getMessage("kb.vote.thanks")}</p>
        <#else>
            <form method="post" action="${rc.contextPath}/guides/${guide.slug}/vote">
                <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
                <span>${rc.getMessage("kb.vote.question")}</span>
                <button type="submit" name="helpful" value="yes">${rc.getMessage("kb.vote.yes")}</button>
                <button type="submit" name="helpful" value="no">${rc.getMessage("kb.vote.no")}</button>
            </form>
            <#if voteProblem??><p class="problem">${rc.getMessage(voteProblem, [voteRetryMinutes!0])}</p></#if>
        </#if>
    </section>
    </#if>

    <#if related?has_content>
        <section class="related-guides">
            <h2>${rc.getMessage("kb.related")}</h2>
            <ul><#list related as other><li><a href="${rc.contextPath}/guides/${other.slug}">${other.title}</a></li></#list></ul>
        </section>
    </#if>
</@frame.page>
