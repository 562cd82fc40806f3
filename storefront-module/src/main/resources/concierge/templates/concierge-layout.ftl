<#--
  The frame of every Concierge page. A theme overrides this file (same name, earlier in cncTemplateLoaderPaths) to put
  Concierge's pages inside its own layout; it must keep the macro "page" and print the head tags of "meta":
  description, canonical, ogType, ogImage, jsonLd, feedTitle and feedUrl, most simply with the macro headTags of
  /concierge-head.ftl.
-->
<#import "/concierge-head.ftl" as cncHead>
<#macro page title meta={}>
<!DOCTYPE html>
<html lang="${rc.locale.toLanguageTag()}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <@cncHead.headTags title meta/>
</head>
<body>
<main class="concierge">
    <#nested>
</main>
</body>
</html>
</#macro>
