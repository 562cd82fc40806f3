<#-- Page frame of the demo theme. Every page passes its title; the body is the nested content. -->
<#macro page title>
<!DOCTYPE html>
<html lang="${rc.locale.toLanguageTag()}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title} · ${rc.getMessage("store.name")}</title>
    <link rel="stylesheet" href="${rc.contextPath}/css/store.css">
</head>
<body>
<header class="top">
    <a class="brand" href="${rc.contextPath}/">${rc.getMessage("store.name")}</a>
    <nav class="categories">
        <#list categories![] as category>
            <a href="${rc.contextPath}${category.url}">${category.name}</a>
        </#list>
    </nav>
    <form class="search" action="${rc.contextPath}/search" method="get" role="search">
        <label class="visually-hidden" for="search-q">${rc.getMessage("search.label")}</label>
        <input id="search-q" type="search" name="q" value="${typed!}" maxlength="200"
               placeholder="${rc.getMessage("search.placeholder")}">
        <button type="submit">${rc.getMessage("search.submit")}</button>
    </form>
    <nav class="languages" aria-label="${rc.getMessage("store.language")}">
        <a href="?blLocaleCode=en_US" hreflang="en">English</a>
        <a href="?blLocaleCode=pt_BR" hreflang="pt-BR">Português</a>
        <a href="?blLocaleCode=es_ES" hreflang="es">Español</a>
    </nav>
</header>
<main>
    <#nested>
</main>
<footer>
    <#if concierge??>
        <p class="services">${rc.getMessage("store.services")}:
            <#list ["kb", "guidance", "helpcenter", "loyalty", "survey"]?filter(key -> concierge.on(key)) as key>
                <span class="service" data-capability="${key}">${rc.getMessage("concierge.capability." + key)}</span><#sep> · </#sep>
            <#else>
                <span>${rc.getMessage("store.servicesNone")}</span>
            </#list>
        </p>
    </#if>
    <p>${rc.getMessage("store.footer")}</p>
</footer>
</body>
</html>
</#macro>

<#macro productCard card>
    <article class="card">
        <a href="${rc.contextPath}${card.url}"><img src="${rc.contextPath}${card.imageUrl}" alt="${card.name}" width="400" height="300"></a>
        <h3><a href="${rc.contextPath}${card.url}">${card.name}</a></h3>
        <p class="price"><#if card.regularPrice??><del>${card.regularPrice}</del> </#if>${card.price}</p>
    </article>
</#macro>
