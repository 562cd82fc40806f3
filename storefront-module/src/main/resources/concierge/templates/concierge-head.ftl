<#-- Head tags of Concierge pages, for the default frame and for themes: <#import "/concierge-head.ftl" as cncHead> -->
<#-- Search-engine and link-preview tags for a page; themes call it from their own <head>. -->
<#macro headTags title meta>
    <#if meta.robots?has_content><meta name="robots" content="${meta.robots}"></#if>
    <#if meta.description?has_content><meta name="description" content="${meta.description}"></#if>
    <#if meta.canonical?has_content><link rel="canonical" href="${meta.canonical}"></#if>
    <#if meta.feedUrl?has_content><link rel="alternate" type="application/atom+xml" title="${meta.feedTitle!title}" href="${meta.feedUrl}"></#if>
    <#if meta.ogType?has_content>
        <meta property="og:type" content="${meta.ogType}">
        <meta property="og:title" content="${title}">
        <#if meta.description?has_content><meta property="og:description" content="${meta.description}"></#if>
        <#if meta.canonical?has_content><meta property="og:url" content="${meta.canonical}"></#if>
        <#if meta.ogImage?has_content><meta property="og:image" content="${meta.ogImage}"></#if>
    </#if>
    <#if meta.jsonLd?has_content><script type="application/ld+json">${meta.jsonLd?no_esc}</script></#if>
</#macro>
