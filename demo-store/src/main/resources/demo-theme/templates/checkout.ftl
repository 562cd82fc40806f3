<#import "layout.ftl" as layout>
<@layout.page title=rc.getMessage("checkout.title")>
    <h1>${rc.getMessage("checkout.title")}</h1>
    <div class="checkout">
        <form method="post" action="${rc.contextPath}/checkout" class="checkout-form" novalidate>
            <@layout.csrfField/>
            <@layout.formProblems "checkout"/>
            <fieldset>
                <legend>${rc.getMessage("checkout.contact")}</legend>
                <@layout.field form="checkout" name="email" label="checkout.email" type="email" autocomplete="email"/>
                <@layout.field form="checkout" name="phone" label="checkout.phone" type="tel" autocomplete="tel" required=false/>
            </fieldset>
            <fieldset>
                <legend>${rc.getMessage("checkout.address")}</legend>
                <@layout.field form="checkout" name="firstName" label="checkout.firstName" autocomplete="given-name"/>
                <@layout.field form="checkout" name="lastName" label="checkout.lastName" autocomplete="family-name"/>
                <@layout.field form="checkout" name="addressLine1" label="checkout.addressLine1" autocomplete="address-line1"/>
                <@layout.field form="checkout" name="addressLine2" label="checkout.addressLine2" autocomplete="address-line2" required=false/>
                <@layout.field form="checkout" name="city" label="checkout.city" autocomplete="address-level2"/>
                <@layout.field form="checkout" name="state" label="checkout.state" autocomplete="address-level1" required=false/>
                <@layout.field form="checkout" name="postalCode" label="checkout.postalCode" autocomplete="postal-code"/>
                <#assign errors = rc.getErrors("checkout")!>
                <label class="field"><span>${rc.getMessage("checkout.country")}</span>
                    <select name="country" required>
                        <option value="">—</option>
                        <#list countries?keys as code><option value="${code}"<#if checkout.country == code> selected</#if>>${rc.getMessage("country." + code)}</option></#list>
                    </select>
                    <#if errors?has_content && errors.hasFieldErrors("country")><span class="problem">${rc.getMessage(errors.getFieldError("country").code)}</span></#if>
                    <#if errors?has_content && errors.hasFieldErrors("state")><span class="problem">${rc.getMessage(errors.getFieldError("state").code)}</span></#if>
                </label>
            </fieldset>
            <fieldset>
                <legend>${rc.getMessage("checkout.shipping")}</legend>
                <#list shippingOptions as option>
                    <label class="option"><input type="radio" name="fulfillmentOptionId" value="${option.id}"<#if (checkout.fulfillmentOptionId!0) == option.id> checked</#if>> ${option.name}<#if option.longDescription??> — <small>${option.longDescription}</small></#if></label>
                </#list>
                <#if errors?has_content && errors.hasFieldErrors("fulfillmentOptionId")><span class="problem">${rc.getMessage(errors.getFieldError("fulfillmentOptionId").code)}</span></#if>
            </fieldset>
            <fieldset>
                <legend>${rc.getMessage("checkout.payment")}</legend>
                <p>${rc.getMessage("checkout.paymentOnDelivery")}</p>
            </fieldset>
            <button type="submit">${rc.getMessage("checkout.placeOrder")}</button>
        </form>
        <aside class="summary">
            <h2>${rc.getMessage("checkout.summary")}</h2>
            <ul><#list cart.lines as line><li>${line.quantity} × ${line.name} — ${line.total}</li></#list></ul>
            <p>${rc.getMessage("cart.subtotal")}: <strong>${cart.subtotal}</strong></p>
        </aside>
    </div>
</@layout.page>
