<#import "/concierge-layout.ftl" as frame>
<#-- The guest order lookup. After a failed lookup nothing typed is shown again: a wrong number and a wrong e-mail get the same page. -->
<#macro field name label type maxlength autocomplete>
    <#local errors = rc.getErrors("lookup")!>
    <label class="field">
        <span>${rc.getMessage(label)}</span>
        <input type="${type}" name="${name}" value="${lookup[name]}" maxlength="${maxlength}" autocomplete="${autocomplete}" required>
        <#if errors?has_content && errors.hasFieldErrors(name)><span class="problem">${rc.getMessage(errors.getFieldError(name).code)}</span></#if>
    </label>
</#macro>
<@frame.page title=rc.getMessage("helpcenter.lookup.title") meta={"robots": "noindex"}>
    <section class="order-lookup">
        <h1>${rc.getMessage("helpcenter.lookup.title")}</h1>
        <p>${rc.getMessage("helpcenter.lookup.intro")}</p>
        <#if problem??><p class="problem" role="alert">${rc.getMessage(problem, [retryMinutes!0])}</p></#if>
        <form method="post" action="${rc.contextPath}/help/orders/lookup">
            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
            <@field name="orderNumber" label="helpcenter.lookup.orderNumber" type="text" maxlength=64 autocomplete="off"/>
            <@field name="email" label="helpcenter.lookup.email" type="email" maxlength=254 autocomplete="email"/>
            <button type="submit">${rc.getMessage("helpcenter.lookup.submit")}</button>
        </form>
        <p class="hint">${rc.getMessage("helpcenter.lookup.signedInHint")} <a href="${rc.contextPath}/account">${rc.getMessage("helpcenter.lookup.accountLink")}</a></p>
    </section>
</@frame.page>
