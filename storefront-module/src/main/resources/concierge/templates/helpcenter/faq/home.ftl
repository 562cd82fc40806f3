<#import "/concierge-layout.ftl" as frame>
<#import "widgets.ftl" as help>
<@frame.page title=rc.getMessage("helpcenter.faq.title") meta={"description": rc.getMessage("helpcenter.faq.intro")}>
    <section class="help-home">
        <h1>${rc.getMessage("helpcenter.faq.title")}</h1>
        <p>${rc.getMessage("helpcenter.faq.intro")}</p>
        <@help.searchForm query/>
        <@help.ways/>
        <#if mostRead?has_content>
            <h2>${rc.getMessage("helpcenter.faq.mostRead")}</h2>
            <ol class="most-read">
                <#list mostRead as answer>
                    <li class="answer-${answer.kind}"><a href="${rc.contextPath}${answer.url}">${answer.title}</a></li>
                </#list>
            </ol>
        </#if>
        <#if faq?has_content>
            <h2>${rc.getMessage("helpcenter.faq.questions")}</h2>
            <#list faq as category, entries>
                <section class="faq-category">
                    <#if category?has_content><h3>${category}</h3></#if>
                    <ul>
                        <#list entries as entry>
                            <li class="faq-entry"><a href="${rc.contextPath}/help/faq/${entry.id?c}">${entry.question}</a></li>
                        </#list>
                    </ul>
                </section>
            </#list>
        </#if>
    </section>
</@frame.page>
