<#import "layout.ftl" as layout>
<#import "/guidance/widgets.ftl" as guidance>
<@layout.page title=rc.getMessage("cart.title")>
    <h1>${rc.getMessage("cart.title")}</h1>
    <#if cartProblem??><p class="problem" role="alert">${rc.getMessage(cartProblem, cartProblemArguments![])}</p></#if>
    <#if cart.empty>
        <p class="empty-cart">${rc.getMessage("cart.empty")}</p>
        <p><a href="${rc.contextPath}/">${rc.getMessage("cart.continue")}</a></p>
    <#else>
        <table class="lines">
            <thead><tr><th>${rc.getMessage("cart.product")}</th><th>${rc.getMessage("cart.price")}</th><th>${rc.getMessage("cart.quantity")}</th><th>${rc.getMessage("cart.lineTotal")}</th><th></th></tr></thead>
            <tbody>
            <#list cart.lines as line>
                <tr class="line" data-item="${line.itemId}">
                    <td><#if line.url??><a href="${rc.contextPath}${line.url}">${line.name}</a><#else>${line.name}</#if></td>
                    <td>${line.unitPrice}</td>
                    <td>
                        <form method="post" action="${rc.contextPath}/cart/update" class="inline">
                            <@layout.csrfField/>
                            <input type="hidden" name="itemId" value="${line.itemId}">
                            <input type="number" name="quantity" value="${line.quantity}" min="0" max="99" aria-label="${rc.getMessage("cart.quantity")}">
                            <button type="submit">${rc.getMessage("cart.update")}</button>
                        </form>
                    </td>
                    <td>${line.total}</td>
                    <td>
                        <form method="post" action="${rc.contextPath}/cart/remove" class="inline">
                            <@layout.csrfField/>
                            <input type="hidden" name="itemId" value="${line.itemId}">
                            <button type="submit">${rc.getMessage("cart.remove")}</button>
                        </form>
                    </td>
                </tr>
            </#list>
            </tbody>
        </table>
        <p class="totals">${rc.getMessage("cart.subtotal")}: <strong class="subtotal">${cart.subtotal}</strong></p>
        <#if cart.discount??><p class="discount">${rc.getMessage("cart.discount")}: <strong class="amount">−${cart.discount}</strong> <span class="offers">(${cart.offers?join(", ")})</span></p></#if>
        <#list cart.coupons as coupon>
            <form method="post" action="${rc.contextPath}/cart/coupon/remove" class="coupon inline" data-code="${coupon}">
                <@layout.csrfField/>
                <input type="hidden" name="code" value="${coupon}">
                ${rc.getMessage("cart.coupon.entered", [coupon])} <button type="submit">${rc.getMessage("cart.remove")}</button>
            </form>
        </#list>
        <form method="post" action="${rc.contextPath}/cart/coupon" class="apply-coupon">
            <@layout.csrfField/>
            <label>${rc.getMessage("cart.coupon")} <input type="text" name="code" maxlength="40" autocomplete="off"></label>
            <button type="submit">${rc.getMessage("cart.coupon.apply")}</button>
        </form>
        <p><a class="button" href="${rc.contextPath}/checkout">${rc.getMessage("cart.checkout")}</a></p>
        <@guidance.forCart/>
    </#if>
</@layout.page>
