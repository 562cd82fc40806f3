<#import "/concierge-layout.ftl" as frame>
<#-- The contact page: each channel with its hours and the reply time to expect (measured for the case form). -->
<#function replyTime minutes>
    <#if minutes < 60><#return rc.getMessage("helpcenter.contact.minutes", [minutes])>
    <#elseif minutes < 48 * 60><#return rc.getMessage("helpcenter.contact.hours", [(minutes / 60)?ceiling])>
    <#else><#return rc.getMessage("helpcenter.contact.days", [(minutes / 1440)?ceiling])></#if>
</#function>
<@frame.page title=rc.getMessage("helpcenter.contact.title") meta={}>
    <section class="contact">
        <h1>${rc.getMessage("helpcenter.contact.title")}</h1>
        <p>${rc.getMessage("helpcenter.contact.intro")}</p>
        <ul class="channels">
            <#list channels as channel>
                <li class="channel" data-kind="${channel.kind}">
                    <h2>${channel.label}</h2>
                    <#if channel.kind == "CASE_FORM">
                        <p><a class="button" href="${rc.contextPath}/help/contact/case">${rc.getMessage("helpcenter.contact.writeToUs")}</a></p>
                    <#elseif channel.contact??>
                        <#if channel.contact?starts_with("https://")><p><a href="${channel.contact}" rel="noopener noreferrer" target="_blank">${channel.contact}</a></p><#else><p>${channel.contact}</p></#if>
                    </#if>
                    <#if channel.openingHours??><p class="hours">${channel.openingHours}</p></#if>
                    <#if channel.repliedByEmail>
                        <p class="reply" data-by-email="true">${rc.getMessage("helpcenter.contact.whatsAppByEmail")}</p>
                    <#else>
                        <p class="reply" data-measured="${channel.measured?c}">${rc.getMessage(channel.measured?then("helpcenter.contact.measuredReply", "helpcenter.contact.promisedReply"), [replyTime(channel.replyMinutes)])}</p>
                    </#if>
                </li>
            </#list>
        </ul>
    </section>
</@frame.page>
