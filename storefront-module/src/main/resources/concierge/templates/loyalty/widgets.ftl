<#--
  Concierge loyalty on a product page: <#import "/loyalty/widgets.ftl" as loyalty> <@loyalty.earlyAccess product.id/>.
  While the product is held back for early access (product attribute loyalty.earlyAccessUntil), the note "Early
  access for Expedition members until December 24, 2026."; nothing otherwise, or while loyalty is switched off.
-->
<#macro earlyAccess productId>
    <#local note = cncWidget("loyalty.earlyAccess", {"productId": productId})>
    <#if note.lastDay??>
        <p class="concierge-early-access">${rc.getMessage("loyalty.earlyAccess.note", [note.tiers, note.lastDay])}</p>
    </#if>
</#macro>
