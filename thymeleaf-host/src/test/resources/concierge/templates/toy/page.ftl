<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>${rc.getMessage("toy.title")}</title></head>
<body>
<main class="concierge toy">
    <h1>${rc.getMessage("toy.title")}</h1>
    <p class="rating"><#list cncWidget("toy.rating", {}) as star>${star}</#list></p>
    <p class="switched-on"><#list concierge.switchedOn() as key>${key}<#sep> </#sep></#list></p>
</main>
</body>
</html>
