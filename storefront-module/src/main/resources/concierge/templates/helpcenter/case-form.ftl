<#import "/concierge-layout.ftl" as frame>
<#-- The case form: subject, message, reason, order (the shopper's own, or a guest's number and e-mail). -->
<#macro problem name><#if problems[name]??><span class="problem" data-field="${name}">${rc.getMessage(problems[name])}</span></#if></#macro>
<@frame.page title=rc.getMessage("helpcenter.case.title") meta={"robots": "noindex"}>
    <section class="case-form">
        <h1>${rc.getMessage("helpcenter.case.title")}</h1>
        <#if retryAfterMinutes??><p class="problem" role="alert" data-field="limit">${rc.getMessage("helpcenter.case.tooMany", [retryAfterMinutes])}</p></#if>
        <form method="post" action="${rc.contextPath}/help/contact/case">
            <#if csrf??><input type="hidden" name="${csrf.parameterName}" value="${csrf.token}"></#if>
            <#if !signedIn>
                <label class="field"><span>${rc.getMessage("helpcenter.case.name")}</span>
                    <input type="text" name="name" value="${sent["name"]!""}" maxlength="200" autocomplete="name" required><@problem "name"/></label>
                <label class="field"><span>${rc.getMessage("helpcenter.case.email")}</span>
                    <input type="email" name="email" value="${sent["email"]!""}" maxlength="255" autocomplete="email" required><@problem "email"/></label>
            </#if>
            <label class="field"><span>${rc.getMessage("helpcenter.case.subject")}</span>
                <input type="text" name="subject" value="${sent["subject"]!""}" maxlength="200" required autocomplete="off"
                       aria-describedby="case-suggestions"><@problem "subject"/></label>
            <#-- Answers offered while the subject is typed (/help/suggest); "this solved it" is counted. -->
            <div id="case-suggestions" class="suggestions" aria-live="polite" hidden>
                <p>${rc.getMessage("helpcenter.case.suggestions")}</p>
                <ul></ul>
                <p class="solved-thanks" hidden>${rc.getMessage("helpcenter.case.solvedThanks")}</p>
            </div>
            <#if reasons?has_content>
                <label class="field"><span>${rc.getMessage("helpcenter.case.reason")}</span>
                    <select name="reason" required>
                        <option value="">${rc.getMessage("helpcenter.return.chooseReason")}</option>
                        <#list reasons as reason><option value="${reason.id?c}"<#if (sent["reason"]!"") == reason.id?c> selected</#if>>${reason.label}</option></#list>
                    </select><@problem "reason"/></label>
            </#if>
            <#if signedIn>
                <#if orders?has_content>
                    <label class="field"><span>${rc.getMessage("helpcenter.case.order")}</span>
                        <select name="orderId">
                            <option value="">${rc.getMessage("helpcenter.case.noOrder")}</option>
                            <#list orders as order><option value="${order.id}"<#if (sent["orderId"]!"") == order.id> selected</#if>>${order.number}</option></#list>
                        </select><@problem "order"/></label>
                </#if>
            <#else>
                <fieldset><legend>${rc.getMessage("helpcenter.case.guestOrder")}</legend>
                    <label class="field"><span>${rc.getMessage("helpcenter.lookup.orderNumber")}</span>
                        <input type="text" name="orderNumber" value="${sent["orderNumber"]!""}" maxlength="64"></label>
                    <label class="field"><span>${rc.getMessage("helpcenter.case.orderEmail")}</span>
                        <input type="email" name="orderEmail" value="${sent["orderEmail"]!""}" maxlength="255"></label>
                    <@problem "order"/>
                </fieldset>
            </#if>
            <label class="field"><span>${rc.getMessage("helpcenter.case.message")}</span>
                <textarea name="message" rows="8" maxlength="10000" required>${sent["message"]!""}</textarea><@problem "message"/></label>
            <button type="submit">${rc.getMessage("helpcenter.case.submit")}</button>
        </form>
    </section>
    <script>
    (function () {
        var base = "${rc.contextPath?js_string}";
        var solvedLabel = "${rc.getMessage("helpcenter.case.solved")?js_string}";
        var form = document.querySelector(".case-form form");
        var subject = form.querySelector("input[name=subject]");
        var box = document.getElementById("case-suggestions");
        var list = box.querySelector("ul");
        var token = form.querySelector("input[name=\"${((csrf.parameterName)!"csrfToken")?js_string}\"]");
        var timer = null;
        var asked = "";
        function show(hits) {
            list.textContent = "";
            hits.forEach(function (hit) {
                var item = document.createElement("li");
                var link = document.createElement("a");
                link.href = base + hit.url;
                link.target = "_blank";
                link.rel = "noopener";
                link.textContent = hit.title;
                var solved = document.createElement("button");
                solved.type = "button";
                solved.className = "solved";
                solved.textContent = solvedLabel;
                solved.addEventListener("click", function () {
                    var body = new URLSearchParams();
                    body.append("kind", hit.kind);
                    body.append("id", hit.id);
                    if (token) { body.append(token.name, token.value); }
                    fetch(base + "/help/suggest/solved", {method: "POST", body: body, credentials: "same-origin",
                        headers: {"Accept": "application/json"}}).then(function () {
                        box.querySelector(".solved-thanks").hidden = false;
                    });
                });
                item.appendChild(link);
                item.appendChild(document.createTextNode(" "));
                item.appendChild(solved);
                list.appendChild(item);
            });
            box.hidden = hits.length === 0;
        }
        subject.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                var text = subject.value.trim();
                if (text.length < 3 || text === asked) { return; }
                asked = text;
                fetch(base + "/help/suggest?q=" + encodeURIComponent(text), {headers: {"Accept": "application/json"},
                    credentials: "same-origin"}).then(function (answer) { return answer.ok ? answer.json() : {hits: []}; })
                    .then(function (body) { if (asked === text) { show(body.hits || []); } });
            }, 300);
        });
    })();
    </script>
</@frame.page>
