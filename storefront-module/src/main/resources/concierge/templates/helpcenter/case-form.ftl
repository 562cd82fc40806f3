<#import "/concierge-layout.ftl" as frame>
<#-- The case form: subject, message, reason, order (the shopper's own, or a guest's number and e-mail). -->
<#macro problem name><#if problems[name]??><span class="problem" data-field="${name}">${rc.getMessage(problems[name])}</span></#if></#macro>
<@frame.page title=rc.getMessage("helpcenter.case.title") meta={"robots": "noindex"}>
    <section class="case-form">
        <h1>${rc.getMessage("helpcenter.case.title")}</h1>
        <#if retryAfterMinutes??><p class="problem" role="alert" data-field="limit">${rc.getMessage("helpcenter.case.tooMany", [retryAfterMinutes])}</p></#if>
        <form method="post" action="${rc.contextPath}/help/contact/case">
            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
            <#if !signedIn>
                <label class="field"><span>${rc.getMessage("helpcenter.case.name")}</span>
                    <input type="text" name="name" value="${sent["name"]!""}" maxlength="200" autocomplete="name" required><@problem "name"/></label>
                <label class="field"><span>${rc.getMessage("helpcenter.case.email")}</span>
                    <input type="email" name="email" value="${sent["email"]!""}" maxlength="255" autocomplete="email" required><@problem "email"/></label>
            </#if>
            <label class="field"><span>${rc.getMessage("helpcenter.case.subject")}</span>
                <input type="text" name="subject" value="${sent["subject"]!""}" maxlength="200" required autocomplete="off"><@problem "subject"/></label>
            <#if reasons?has_content>
                <label class="field"><span>${rc.getMessage("helpcenter.case.reason")}</span>
                    <select name="reason" required>
                        <option value="">${rc.getMessage("helpcenter.return.chooseReason")}</option>
                        <#list reasons as reason><option value="${reason.id?c}"<#if (sent["reason"]!"") == reason.id?c> selected</#if>>${reason.label}</option></#list>
                    </select><@problem "reason"/></label>
            </#if>
            <#if signedIn>
                <#if orders?has_content>
                    <label class="field"><span>${rc.getMessage("helpcenter.case.order")}</span>
                        <select name="orderId">
                            <option value="">${rc.getMessage("helpcenter.case.noOrder")}</option>
                            <#list orders as order><option value="${order.id}"<#if (sent["orderId"]!"") == order.id> selected</#if>>${order.number}</option></#list>
                        </select><@problem "order"/></label>
                </#if>
            <#else>
                <fieldset><legend>${rc.getMessage("helpcenter.case.guestOrder")}</legend>
                    <label class="field"><span>${rc.getMessage("helpcenter.lookup.orderNumber")}</span>
                        <input type="text" name="orderNumber" value="${sent["orderNumber"]!""}" maxlength="64"></label>
                    <label class="field"><span>${rc.getMessage("helpcenter.case.orderEmail")}</span>
                        <input type="email" name="orderEmail" value="${sent["orderEmail"]!""}" maxlength="255"></label>
                    <@problem "order"/>
                </fieldset>
            </#if>
            <label class="field"><span>${rc.getMessage("helpcenter.case.message")}</span>
                <textarea name="message" rows="8" maxlength="10000" required>${sent["message"]!""}</textarea><@problem "message"/></label>
            <button type="submit">${rc.getMessage("helpcenter.case.submit")}</button>
        </form>
    </section>
</@frame.page>
