<#--
  Concierge guidance on a product page: <#import "/guidance/widgets.ftl" as guidance> <@guidance.forProduct product.id/>
  (in the cart: <@guidance.forCart/>; on a signed-in shopper's account and home pages: <@guidance.forShopper/>).
  Two blocks, complements ("Goes well with") apart from substitutes ("Consider instead"), each recommendation with
  its reasons; nothing at all when neither block has one, or while guidance is switched off. A card's link carries
  ?guidance=<card.tracking>, so the click (and an add to cart after it) is counted for the report.
-->
<#macro forProduct productId>
    <#local blocks = cncWidget("guidance.forProduct", {"productId": productId})>
    <#if !blocks.empty>
        <section class="concierge-guidance">
            <@block "goes-well-with" rc.getMessage("guidance.goesWellWith") blocks.goesWellWith/>
            <@block "consider-instead" rc.getMessage("guidance.considerInstead") blocks.considerInstead/>
        </section>
    </#if>
</#macro>

<#-- The cart's complements: <@guidance.forCart/>; nothing for an empty cart or while guidance is off. -->
<#macro forCart>
    <#local cards = cncWidget("guidance.forCart", {})>
    <#if cards?has_content>
        <section class="concierge-guidance">
            <@block "in-cart" rc.getMessage("guidance.forCart") cards/>
        </section>
    </#if>
</#macro>

<#-- The signed-in shopper's own: <@guidance.forShopper/>; nothing for a guest, without history or while guidance is off. -->
<#macro forShopper>
    <#local blocks = cncWidget("guidance.forShopper", {})>
    <#if !blocks.empty>
        <section class="concierge-guidance concierge-guidance-personal">
            <@block "with-your-orders" rc.getMessage("guidance.goesWithYourOrders") blocks.goesWithYourOrders/>
            <@block "due-again" rc.getMessage("guidance.dueAgain") blocks.dueAgain/>
        </section>
    </#if>
</#macro>

<#macro block name title cards>
    <#if cards?has_content>
        <div class="guidance-block" data-block="${name}">
            <h2>${title}</h2>
            <ul>
                <#list cards as card>
                    <li class="guidance-recommendation" data-product-id="${card.productId?c}">
                        <a href="${rc.contextPath}${card.url}?guidance=${card.tracking?url}">${card.name}</a>
                        <span class="price">${card.price}</span>
                        <ul class="reasons">
                            <#list card.reasons as reason><li class="reason" data-kind="${reason.kind}">${reason.text}</li></#list>
                        </ul>
                    </li>
                </#list>
            </ul>
        </div>
    </#if>
</#macro>
