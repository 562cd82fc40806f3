<#import "/concierge-layout.ftl" as frame>
<#-- An address of the shopper's address book, new (no addressId) or edited; checked as order care's addresses. -->
<#macro field name autocomplete required=true>
    <label class="field">
        <span>${rc.getMessage("helpcenter.address." + name)}</span>
        <input type="text" name="${name}" value="${address[name]!""}" maxlength="100" autocomplete="${autocomplete}"<#if required> required</#if>>
        <#if problems?? && problems[name]??><span class="problem" data-field="${name}">${rc.getMessage(problems[name])}</span></#if>
    </label>
</#macro>
<#assign title = rc.getMessage(addressId???then("helpcenter.profile.address.editTitle", "helpcenter.profile.address.newTitle"))>
<@frame.page title=title meta={"robots": "noindex"}>
    <section class="profile-address">
        <h1>${title}</h1>
        <#if problems??><p class="problems">${rc.getMessage("helpcenter.profile.problems")}</p></#if>
        <form method="post" action="${rc.contextPath}/account/addresses/${addressId???then(addressId?c, "new")}">
            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
            <@field name="firstName" autocomplete="given-name"/>
            <@field name="lastName" autocomplete="family-name"/>
            <@field name="addressLine1" autocomplete="address-line1"/>
            <@field name="addressLine2" autocomplete="address-line2" required=false/>
            <@field name="city" autocomplete="address-level2"/>
            <@field name="postalCode" autocomplete="postal-code"/>
            <@field name="state" autocomplete="address-level1" required=false/>
            <@field name="country" autocomplete="country"/>
            <@field name="phone" autocomplete="tel" required=false/>
            <#if !addressId??><label><input type="checkbox" name="makeDefault" value="on"> ${rc.getMessage("helpcenter.profile.address.makeDefault")}</label></#if>
            <button type="submit">${rc.getMessage("helpcenter.profile.save")}</button>
        </form>
        <p><a href="${rc.contextPath}/account/profile">${rc.getMessage("helpcenter.profile.address.back")}</a></p>
    </section>
</@frame.page>
