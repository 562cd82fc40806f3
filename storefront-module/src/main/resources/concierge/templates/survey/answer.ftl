<#import "/concierge-layout.ftl" as frame>
<#-- The page a score's link opens: the score as recorded, then the follow-up chosen by the score. -->
<#assign answer = page.answer>
<@frame.page title=rc.getMessage("survey.page.title") meta={"robots": "noindex"}>
    <section class="survey-answer" data-score="${answer.score}" data-group="${answer.scoreGroup}">
        <h1>${rc.getMessage("survey.page.thanks")}</h1>
        <p class="recorded">${rc.getMessage(page.justRecorded?then("survey.page.recorded", "survey.page.recordedBefore"), [answer.score, lastScore])}</p>
        <#if saved??><p class="notice" role="status">${rc.getMessage("survey.page.saved")}</p></#if>
        <form method="post" action="${rc.contextPath}${action}">
            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
            <#if answer.scoreGroup == "DETRACTOR">
                <fieldset class="reasons"><legend>${rc.getMessage("survey.page.whatWentWrong")}</legend>
                    <#list reasons as reason>
                        <label><input type="checkbox" name="reason" value="${reason.id?c}"<#if chosen?seq_contains(reason.id)> checked</#if>> ${reason.label}</label>
                    </#list>
                    <#if problems["reasons"]??><span class="problem" data-field="reasons">${rc.getMessage(problems["reasons"])}</span></#if>
                </fieldset>
                <#assign question = "survey.page.tellUsMore">
            <#elseif answer.scoreGroup == "PASSIVE">
                <#assign question = "survey.page.whatWouldMakeItBest">
            <#else>
                <#if products?has_content>
                    <div class="review-invitation">
                        <p>${rc.getMessage("survey.page.reviewInvitation")}</p>
                        <ul><#list products as product><li><a href="${rc.contextPath}${product.url}">${product.name}</a></li></#list></ul>
                    </div>
                </#if>
                <#assign question = "survey.page.anythingToAdd">
            </#if>
            <label class="field"><span>${rc.getMessage(question, [lastScore])}</span>
                <textarea name="comment" rows="5" maxlength="2000">${sentComment!(answer.comment!"")}</textarea>
                <#if problems["comment"]??><span class="problem" data-field="comment">${rc.getMessage(problems["comment"])}</span></#if></label>
            <button type="submit">${rc.getMessage("survey.page.send")}</button>
        </form>
    </section>
</@frame.page>
