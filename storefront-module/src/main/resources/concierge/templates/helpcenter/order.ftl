<#import "/concierge-layout.ftl" as frame>
<@frame.page title=rc.getMessage("helpcenter.order.title", [order.number]) meta={"robots": "noindex"}>
    <article class="order-care" data-order="${order.number}">
        <h1>${rc.getMessage("helpcenter.order.title", [order.number])}</h1>
        <p class="placed">${rc.getMessage("helpcenter.order.placedOn", [order.placedOn])}</p>

        <#if notice??><p class="notice" role="status">${notice}</p></#if>
        <section class="care-status">
            <h2>${rc.getMessage("helpcenter.order.status")}</h2>
            <p><strong class="stage" data-stage="${order.stage}">${rc.getMessage("helpcenter.order.stage." + order.stage)}</strong><#if order.paid> · <span class="paid">${rc.getMessage("helpcenter.order.paid")}</span></#if><#if order.refunded> · <span class="refunded">${rc.getMessage("helpcenter.order.refunded")}</span></#if></p>
            <#if order.delayed><p class="delay" role="status">${rc.getMessage("helpcenter.order.delayed", [order.delayReason!""])}</p></#if>
            <#if order.estimatedDelivery??><p class="estimate">${rc.getMessage("helpcenter.order.estimatedDelivery", [order.estimatedDelivery])}</p></#if>
            <#if order.carrier?? || order.trackingNumber??>
                <p class="tracking">${rc.getMessage("helpcenter.order.shipment", [order.carrier!"", order.trackingNumber!""])}<#if order.trackingUrl??> <a href="${order.trackingUrl}" rel="noopener noreferrer" target="_blank">${rc.getMessage("helpcenter.order.track")}</a></#if></p>
            </#if>
            <#if order.changeable>
                <p class="deadline">${rc.getMessage("helpcenter.order.deadline." + order.deadline)}<#if order.cutoff??> ${rc.getMessage("helpcenter.order.deadline.cutoff", [order.cutoff])}</#if></p>
            <#elseif order.stage == "placed" || order.stage == "picked">
                <p class="deadline">${rc.getMessage("helpcenter.order.deadline.passed")}</p>
            </#if>
            <#if order.returnRequestedAt??>
                <p class="return" data-withdrawn="${order.withdrawn?c}">${rc.getMessage(order.withdrawn?then("helpcenter.order.withdrawn", "helpcenter.order.returnRequested"), [order.returnRequestedAt])}<#if order.returnReason??> ${rc.getMessage("helpcenter.order.returnReason", [order.returnReason])}</#if></p>
            </#if>
            <#if order.returnClosesAt??><p class="return-deadline">${rc.getMessage("helpcenter.order.returnClosesAt", [order.returnClosesAt])}</p></#if>
            <#if order.withdrawalClosesAt??><p class="withdrawal-deadline">${rc.getMessage("helpcenter.order.withdrawalClosesAt", [order.withdrawalClosesAt])}</p></#if>
            <#if order.actions?has_content>
                <div class="actions">
                    <#list order.actions as action>
                        <a class="button" href="${rc.contextPath}${action.path}" data-action="${action.name}">${rc.getMessage("helpcenter.order.action." + action.name)}</a>
                    </#list>
                </div>
            </#if>
        </section>

        <section class="timeline">
            <h2>${rc.getMessage("helpcenter.order.timeline")}</h2>
            <#if order.events?has_content>
                <ol>
                    <#list order.events as event>
                        <li class="event" data-type="${event.type}">
                            <time datetime="${event.occurredAtIso}">${event.occurredAt}</time>
                            <span class="what">${rc.getMessage("helpcenter.order.event." + event.type)}</span>
                            <#if event.carrier?? || event.trackingNumber??><span class="shipment">${rc.getMessage("helpcenter.order.shipment", [event.carrier!"", event.trackingNumber!""])}</span></#if>
                            <#if event.trackingUrl??><a href="${event.trackingUrl}" rel="noopener noreferrer" target="_blank">${rc.getMessage("helpcenter.order.track")}</a></#if>
                            <#if event.estimatedDelivery??><span class="estimate">${rc.getMessage("helpcenter.order.estimatedDelivery", [event.estimatedDelivery])}</span></#if>
                            <#if event.amount??><span class="amount">${event.amount}</span></#if>
                            <#if event.reason??><span class="reason">${event.reason}</span></#if>
                        </li>
                    </#list>
                </ol>
                <p class="time-zone">${rc.getMessage("helpcenter.order.timesIn", [order.timeZone])}</p>
            <#else>
                <p class="no-events">${rc.getMessage("helpcenter.order.noEvents")}</p>
            </#if>
        </section>

        <section class="items">
            <h2>${rc.getMessage("helpcenter.order.items")}</h2>
            <table class="lines">
                <thead><tr><th>${rc.getMessage("helpcenter.order.product")}</th><th>${rc.getMessage("helpcenter.order.quantity")}</th><th>${rc.getMessage("helpcenter.order.unitPrice")}</th><th>${rc.getMessage("helpcenter.order.lineTotal")}</th></tr></thead>
                <tbody><#list order.lines as line><tr><td>${line.name}</td><td>${line.quantity}</td><td>${line.unitPrice}</td><td>${line.total}</td></tr></#list></tbody>
            </table>
            <p class="totals">${rc.getMessage("helpcenter.order.subtotal")}: ${order.subtotal} · ${rc.getMessage("helpcenter.order.shipping")}: ${order.shipping} · ${rc.getMessage("helpcenter.order.total")}: <strong class="total">${order.total}</strong></p>
        </section>

        <#if order.shippingAddress?has_content>
            <section class="shipping-address">
                <h2>${rc.getMessage("helpcenter.order.shippingAddress")}</h2>
                <address><#list order.shippingAddress as line>${line}<#sep><br></#sep></#list></address>
            </section>
        </#if>
    </article>
</@frame.page>
