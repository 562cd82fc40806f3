<#import "layout.ftl" as layout>
<@layout.page title=rc.getMessage("login.title")>
    <div class="two-columns">
        <section>
            <h1>${rc.getMessage("login.title")}</h1>
            <#if lockedMinutes??><p class="problem sign-in-locked" role="alert">${rc.getMessage("login.locked", [lockedMinutes])}</p>
            <#elseif RequestParameters.error??><p class="problem" role="alert">${rc.getMessage("login.failed")}</p></#if>
            <form method="post" action="${rc.contextPath}/login_post" class="login-form">
                <@layout.csrfField/>
                <label class="field"><span>${rc.getMessage("login.email")}</span><input type="email" name="j_username" autocomplete="username" required maxlength="100"></label>
                <label class="field"><span>${rc.getMessage("login.password")}</span><input type="password" name="j_password" autocomplete="current-password" required maxlength="100"></label>
                <button type="submit">${rc.getMessage("login.submit")}</button>
            </form>
        </section>
        <section>
            <h2>${rc.getMessage("register.title")}</h2>
            <form method="post" action="${rc.contextPath}/register" class="register-form" novalidate>
                <@layout.csrfField/>
                <@layout.field form="registration" name="email" label="register.email" type="email" autocomplete="email"/>
                <@layout.field form="registration" name="firstName" label="register.firstName" autocomplete="given-name"/>
                <@layout.field form="registration" name="lastName" label="register.lastName" autocomplete="family-name"/>
                <@layout.field form="registration" name="password" label="register.password" type="password" autocomplete="new-password"/>
                <@layout.field form="registration" name="passwordConfirm" label="register.passwordConfirm" type="password" autocomplete="new-password"/>
                <button type="submit">${rc.getMessage("register.submit")}</button>
            </form>
        </section>
    </div>
</@layout.page>
