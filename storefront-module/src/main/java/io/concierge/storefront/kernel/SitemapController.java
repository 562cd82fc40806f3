package io.concierge.storefront.kernel;

import io.concierge.core.kernel.StorefrontUrl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** {@code /sitemap.xml} (sitemaps.org protocol) with the pages of every {@link SitemapContributor} bean. */
@Controller
public class SitemapController {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Resource(name = "cncStorefrontUrl")
    protected StorefrontUrl storefrontUrl;

    @Autowired(required = false)
    protected List<SitemapContributor> contributors = new ArrayList<SitemapContributor>();

    @RequestMapping(value = "/sitemap.xml", method = RequestMethod.GET)
    public void sitemap(HttpServletResponse response) throws IOException, XMLStreamException {
        String siteUrl = storefrontUrl.base();
        response.setContentType("application/xml;charset=UTF-8");
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(response.getWriter());
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        day.setTimeZone(TimeZone.getTimeZone("UTC"));
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        for (SitemapContributor contributor : contributors) {
            for (SitemapContributor.Entry entry : contributor.sitemapEntries(siteUrl)) {
                xml.writeStartElement("url");
                element(xml, "loc", entry.getLocation());
                if (entry.getLastModified() != null) {
                    element(xml, "lastmod", day.format(entry.getLastModified()));
                }
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
