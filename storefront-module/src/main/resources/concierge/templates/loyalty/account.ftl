<#import "/concierge-layout.ftl" as frame>
<#-- The signed-in shopper's loyalty tier: perks, progress to the next tier, and the warning before a downgrade. -->
<@frame.page title=rc.getMessage("loyalty.account.title") meta={"robots": "noindex"}>
    <section class="loyalty">
        <h1>${rc.getMessage("loyalty.account.title")}</h1>
        <#if tierName??>
            <p class="tier" data-tier="${tierName}">${rc.getMessage("loyalty.account.tier", [tierName])}</p>
            <#if perks?has_content>
                <ul class="perks">
                    <#list perks as p>
                        <li data-perk="${p.perk}">${rc.getMessage("loyalty.perk." + p.perk, [p.argument!""])}</li>
                    </#list>
                </ul>
            </#if>
        <#else>
            <p class="tier none">${rc.getMessage("loyalty.account.noTier")}</p>
        </#if>
        <#if keptUntil??>
            <p class="downgrade-warning">${rc.getMessage("loyalty.account.keptUntil", [tierName, keptUntil])}</p>
        </#if>
        <#if nextName??>
            <p class="progress">${rc.getMessage("loyalty.account.progress." + progressUnit, [missing, nextName])}</p>
        <#elseif tierName??>
            <p class="progress top">${rc.getMessage("loyalty.account.top")}</p>
        </#if>
        <#if rewards?has_content>
            <h2>${rc.getMessage("loyalty.account.rewards")}</h2>
            <ul class="entry-rewards">
                <#list rewards as r>
                    <li data-code="${r.code}">${rc.getMessage("loyalty.account.reward." + r.kind, [r.value, r.tier!""])} <code>${r.code}</code><#if r.validThrough??> <span class="valid-through">${rc.getMessage("loyalty.account.reward.validThrough", [r.validThrough])}</span></#if></li>
                </#list>
            </ul>
            <p class="rewards-note">${rc.getMessage("loyalty.account.rewardsNote")}</p>
        </#if>
    </section>
</@frame.page>
