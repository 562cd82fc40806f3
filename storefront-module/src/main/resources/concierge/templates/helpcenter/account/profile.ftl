<#import "/concierge-layout.ftl" as frame>
<#-- The signed-in shopper's profile: name, e-mail, password, contact preferences and the address book. -->
<#macro csrfField><#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if></#macro>
<#macro problem form name><#if problemForm?? && problemForm == form && problems[name]??><span class="problem" data-field="${name}">${rc.getMessage(problems[name])}</span></#if></#macro>
<#macro field form name type value autocomplete>
    <label class="field">
        <span>${rc.getMessage("helpcenter.profile.field." + name)}</span>
        <input type="${type}" name="${name}" value="${value}" maxlength="100" autocomplete="${autocomplete}" required>
        <@problem form name/>
    </label>
</#macro>
<#function shown form name current><#return (problemForm?? && problemForm == form && entered??)?then(entered[name]!"", current!"")></#function>
<@frame.page title=rc.getMessage("helpcenter.profile.title") meta={"robots": "noindex"}>
    <section class="profile">
        <h1>${rc.getMessage("helpcenter.profile.title")}</h1>
        <#if done??><p class="done">${rc.getMessage(done)}</p></#if>
        <#if problemForm??><p class="problems">${rc.getMessage("helpcenter.profile.problems")}</p></#if>

        <h2>${rc.getMessage("helpcenter.profile.name")}</h2>
        <form method="post" action="${rc.contextPath}/account/profile/name" class="profile-name">
            <@csrfField/>
            <@field form="name" name="firstName" type="text" value=shown("name", "firstName", firstName) autocomplete="given-name"/>
            <@field form="name" name="lastName" type="text" value=shown("name", "lastName", lastName) autocomplete="family-name"/>
            <button type="submit">${rc.getMessage("helpcenter.profile.save")}</button>
        </form>

        <h2>${rc.getMessage("helpcenter.profile.email")}</h2>
        <form method="post" action="${rc.contextPath}/account/profile/email" class="profile-email">
            <@csrfField/>
            <@field form="email" name="email" type="email" value=shown("email", "email", email) autocomplete="email"/>
            <@field form="email" name="currentPassword" type="password" value="" autocomplete="current-password"/>
            <button type="submit">${rc.getMessage("helpcenter.profile.save")}</button>
        </form>

        <h2>${rc.getMessage("helpcenter.profile.password")}</h2>
        <form method="post" action="${rc.contextPath}/account/profile/password" class="profile-password">
            <@csrfField/>
            <@field form="password" name="currentPassword" type="password" value="" autocomplete="current-password"/>
            <@field form="password" name="newPassword" type="password" value="" autocomplete="new-password"/>
            <@field form="password" name="repeatPassword" type="password" value="" autocomplete="new-password"/>
            <button type="submit">${rc.getMessage("helpcenter.profile.save")}</button>
        </form>

        <h2>${rc.getMessage("helpcenter.profile.preferences")}</h2>
        <form method="post" action="${rc.contextPath}/account/profile/preferences" class="profile-preferences">
            <@csrfField/>
            <label><input type="checkbox" name="orderMails" checked disabled> ${rc.getMessage("helpcenter.profile.preferences.orderMails")}</label>
            <label><input type="checkbox" name="surveys" value="on"<#if choices.surveys> checked</#if>> ${rc.getMessage("helpcenter.profile.preferences.surveys")}</label>
            <label><input type="checkbox" name="marketing" value="on"<#if choices.marketing> checked</#if>> ${rc.getMessage("helpcenter.profile.preferences.marketing")}</label>
            <button type="submit">${rc.getMessage("helpcenter.profile.save")}</button>
        </form>

        <h2>${rc.getMessage("helpcenter.profile.addresses")}</h2>
        <#list addresses as address>
            <div class="address-entry" data-address="${address.id?c}">
                <p><#list address.lines as line>${line}<#sep><br></#list></p>
                <#if address.default><p class="default-address">${rc.getMessage("helpcenter.profile.addresses.default")}</p></#if>
                <a href="${rc.contextPath}/account/addresses/${address.id?c}">${rc.getMessage("helpcenter.profile.addresses.edit")}</a>
                <#if !address.default>
                    <form method="post" action="${rc.contextPath}/account/addresses/${address.id?c}/default" class="inline"><@csrfField/><button type="submit">${rc.getMessage("helpcenter.profile.addresses.makeDefault")}</button></form>
                </#if>
                <form method="post" action="${rc.contextPath}/account/addresses/${address.id?c}/delete" class="inline"><@csrfField/><button type="submit">${rc.getMessage("helpcenter.profile.addresses.delete")}</button></form>
            </div>
        <#else>
            <p class="no-addresses">${rc.getMessage("helpcenter.profile.addresses.none")}</p>
        </#list>
        <p><a class="add-address" href="${rc.contextPath}/account/addresses/new">${rc.getMessage("helpcenter.profile.addresses.add")}</a></p>
        <p><a href="${rc.contextPath}/account">${rc.getMessage("helpcenter.profile.back")}</a></p>
    </section>
</@frame.page>
