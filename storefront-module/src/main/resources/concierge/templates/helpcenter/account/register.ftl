<#import "/concierge-layout.ftl" as frame>
<#import "/helpcenter/account/widgets.ftl" as account>
<#-- The registration at the end of a guest checkout, refused: why, and the form again when a password can help. -->
<@frame.page title=rc.getMessage("helpcenter.register.title") meta={"robots": "noindex"}>
    <section class="register-refused">
        <h1>${rc.getMessage("helpcenter.register.title")}</h1>
        <#if problems.form??>
            <p class="problem" data-field="form">${rc.getMessage(problems.form)}</p>
            <#if problems.form == "helpcenter.account.register.emailTaken"><p><a class="sign-in" href="${rc.contextPath}/login">${rc.getMessage("helpcenter.register.signIn")}</a></p></#if>
        <#else>
            <p class="problems">${rc.getMessage("helpcenter.profile.problems")}</p>
            <@account.keepDetails orderNumber "" problems/>
        </#if>
        <p><a href="${rc.contextPath}/confirmation/${orderNumber?url_path}">${rc.getMessage("helpcenter.register.back")}</a></p>
    </section>
</@frame.page>
