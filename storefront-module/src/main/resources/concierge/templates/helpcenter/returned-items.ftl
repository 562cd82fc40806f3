<#-- The items of a return or a withdrawal, each with how many: a choice, or (fixed=true) the choice repeated as hidden fields. -->
<#macro choose items problems fixed=false>
    <#if problems?? && problems["items"]??><p class="problem" data-field="items">${rc.getMessage(problems["items"])}</p></#if>
    <table class="returned-items">
        <thead><tr><th>${rc.getMessage("helpcenter.order.product")}</th><th>${rc.getMessage("helpcenter.return.quantity")}</th></tr></thead>
        <tbody>
        <#list items as item>
            <tr>
                <td>${item.name}</td>
                <td><#if fixed>${item.chosen}<input type="hidden" name="${item.field}" value="${item.chosen}"><#else>
                    <select name="${item.field}" aria-label="${rc.getMessage("helpcenter.return.quantity")}: ${item.name}">
                        <#list 0..item.ordered as n><option value="${n}"<#if n == item.chosen> selected</#if>>${n}</option></#list>
                    </select></#if></td>
            </tr>
        </#list>
        </tbody>
    </table>
</#macro>
