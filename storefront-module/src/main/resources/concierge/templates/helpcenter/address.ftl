<#import "/concierge-layout.ftl" as frame>
<#-- The new shipping address of an order; applied at once when the order can still be changed. -->
<#macro field name maxlength autocomplete required=true>
    <label class="field">
        <span>${rc.getMessage("helpcenter.address." + name)}</span>
        <input type="text" name="${name}" value="${address[name]!""}" maxlength="${maxlength}" autocomplete="${autocomplete}"<#if required> required</#if>>
        <#if problems?? && problems[name]??><span class="problem" data-field="${name}">${rc.getMessage(problems[name])}</span></#if>
    </label>
</#macro>
<@frame.page title=rc.getMessage("helpcenter.address.title", [orderNumber]) meta={"robots": "noindex"}>
    <section class="order-change">
        <h1>${rc.getMessage("helpcenter.address.title", [orderNumber])}</h1>
        <p>${rc.getMessage("helpcenter.address.intro")}</p>
        <form method="post" action="${rc.contextPath}/help/orders/${orderNumber?url_path}/address">
            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
            <@field name="firstName" maxlength=100 autocomplete="given-name"/>
            <@field name="lastName" maxlength=100 autocomplete="family-name"/>
            <@field name="addressLine1" maxlength=100 autocomplete="address-line1"/>
            <@field name="addressLine2" maxlength=100 autocomplete="address-line2" required=false/>
            <@field name="city" maxlength=100 autocomplete="address-level2"/>
            <@field name="postalCode" maxlength=100 autocomplete="postal-code"/>
            <@field name="state" maxlength=100 autocomplete="address-level1" required=false/>
            <@field name="country" maxlength=100 autocomplete="country"/>
            <@field name="phone" maxlength=100 autocomplete="tel" required=false/>
            <button type="submit">${rc.getMessage("helpcenter.address.submit")}</button>
        </form>
        <p><a href="${rc.contextPath}/help/orders/${orderNumber?url_path}">${rc.getMessage("helpcenter.change.back")}</a></p>
    </section>
</@frame.page>
