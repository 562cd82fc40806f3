<#-- Page frame of the demo theme. Every page passes its title; the body is the nested content. -->
<#import "/concierge-head.ftl" as cncHead>
<#macro page title meta={}>
<!DOCTYPE html>
<html lang="${rc.locale.toLanguageTag()}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title} · ${rc.getMessage("store.name")}</title>
    <link rel="stylesheet" href="${rc.contextPath}/css/store.css">
    <@cncHead.headTags title meta/>
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
    <#if concierge?? && concierge.isOn("kb")><nav class="services"><a href="${rc.contextPath}/guides">${rc.getMessage("kb.title")}</a></nav></#if>
    <nav class="shopper">
        <a href="${rc.contextPath}/cart" class="cart-link">${rc.getMessage("cart.link")} (<span class="cart-count">${cartItemCount!0}</span>)</a>
        <a href="${rc.contextPath}/account">${rc.getMessage("account.link")}</a>
    </nav>
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
            <#list concierge.switchedOn() as key>
                <span class="service" data-capability="${key}">${rc.getMessage(key + ".capabilityName")}</span><#sep> · </#sep>
            <#else>
                <span>${rc.getMessage("store.servicesNone")}</span>
            </#list>
        </p>
    </#if>
    <#if concierge?? && concierge.isOn("helpcenter")><p class="help"><a href="${rc.contextPath}/help">${rc.getMessage("helpcenter.faq.title")}</a> · <a href="${rc.contextPath}/help/orders/lookup">${rc.getMessage("helpcenter.lookup.link")}</a> · <a href="${rc.contextPath}/help/contact">${rc.getMessage("helpcenter.contact.title")}</a></p></#if>
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

<#-- Broadleaf's CSRF token: every POST form of the store carries it. -->
<#macro csrfField>
    <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
</#macro>

<#-- A labelled form field bound to a form object, with its validation message in the shopper's language. -->
<#macro field form name label type="text" autocomplete="" required=true>
    <#local errors = rc.getErrors(form)!>
    <#local bean = .vars[form]>
    <label class="field">
        <span>${rc.getMessage(label)}</span>
        <input type="${type}" name="${name}" <#if type != "password">value="${(bean[name])!""}"</#if><#if autocomplete?has_content> autocomplete="${autocomplete}"</#if><#if required> required</#if> maxlength="100">
        <#if errors?has_content && errors.hasFieldErrors(name)><span class="problem">${rc.getMessage(errors.getFieldError(name).code)}</span></#if>
    </label>
</#macro>

<#-- Problems that belong to the whole form rather than one field. -->
<#macro formProblems form>
    <#local errors = rc.getErrors(form)!>
    <#if errors?has_content && errors.hasGlobalErrors()>
        <#list errors.globalErrors as problem><p class="problem" role="alert">${rc.getMessage(problem.code)}</p></#list>
    </#if>
</#macro>

<#-- The lines and totals of a placed order. -->
<#macro orderLines order>
    <table class="lines">
        <thead><tr><th>${rc.getMessage("cart.product")}</th><th>${rc.getMessage("cart.quantity")}</th><th>${rc.getMessage("cart.lineTotal")}</th></tr></thead>
        <tbody><#list order.lines as line><tr><td>${line.name}</td><td>${line.quantity}</td><td>${line.total}</td></tr></#list></tbody>
    </table>
    <p class="totals">${rc.getMessage("cart.subtotal")}: ${order.subtotal} · ${rc.getMessage("order.shipping")}: ${order.shipping} · ${rc.getMessage("order.total")}: <strong class="total">${order.total}</strong></p>
</#macro>
