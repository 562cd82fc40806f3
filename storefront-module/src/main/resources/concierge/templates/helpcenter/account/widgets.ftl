<#--
  The help center's offer on a guest's order confirmation: keep the details by choosing a password. A theme calls
  it while the help center is on and the order's customer is a guest:
    <#import "/helpcenter/account/widgets.ftl" as account>
    <@account.keepDetails orderNumber email/>
-->
<#macro keepDetails orderNumber email problems={}>
    <section class="keep-details">
        <h2>${rc.getMessage("helpcenter.register.title")}</h2>
        <#if email?has_content><p>${rc.getMessage("helpcenter.register.intro", [email])}</p></#if>
        <form method="post" action="${rc.contextPath}/help/orders/${orderNumber?url_path}/keep-details">
            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
            <#list ["password", "repeatPassword"] as name>
                <label class="field">
                    <span>${rc.getMessage("helpcenter.register." + name)}</span>
                    <input type="password" name="${name}" maxlength="100" autocomplete="new-password" required>
                    <#assign key = (name == "password")?then("newPassword", name)>
                    <#if problems[key]??><span class="problem" data-field="${name}">${rc.getMessage(problems[key])}</span></#if>
                </label>
            </#list>
            <button type="submit">${rc.getMessage("helpcenter.register.submit")}</button>
        </form>
    </section>
</#macro>
