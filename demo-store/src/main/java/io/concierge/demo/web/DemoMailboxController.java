package io.concierge.demo.web;

import io.concierge.demo.DemoMailServer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Demo only, not part of Concierge: the mails the demo store sent, as its in-memory SMTP server received them,
 * newest first, each shown as its plain-text part, escaped. A real store has no such page.
 */
@Controller
public class DemoMailboxController {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

    @RequestMapping(value = "/demo/mailbox", method = RequestMethod.GET, produces = "text/html;charset=UTF-8")
    @ResponseBody
    public String mailbox(HttpServletResponse response) throws MessagingException {
        MimeMessage[] mails = mails(response);
        StringBuilder page = start("Demo mailbox");
        page.append("<p><strong>Demo only.</strong> The mails this demo store sent, as its built-in test mail server"
                + " received them (newest first). Nothing leaves this machine.</p><table><tr><th>received</th>"
                + "<th>to</th><th>subject</th></tr>");
        SimpleDateFormat time = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        for (int i = mails.length - 1; i >= 0; i--) {
            page.append("<tr><td>").append(escape(mails[i].getReceivedDate() == null ? ""
                    : time.format(mails[i].getReceivedDate()))).append("</td><td>")
                    .append(escape(String.join(", ", addresses(mails[i])))).append("</td><td><a href=\"/demo/mailbox/")
                    .append(i).append("\">").append(escape(mails[i].getSubject())).append("</a></td></tr>");
        }
        return page.append("</table></body></html>").toString();
    }

    @RequestMapping(value = "/demo/mailbox/{index}", method = RequestMethod.GET,
            produces = "text/html;charset=UTF-8")
    @ResponseBody
    public String mail(@PathVariable("index") int index, HttpServletRequest request, HttpServletResponse response)
            throws MessagingException, IOException {
        MimeMessage[] mails = mails(response);
        if (index < 0 || index >= mails.length) {
            throw new PageNotFoundException();
        }
        MimeMessage mail = mails[index];
        return start(mail.getSubject()).append("<p><strong>Demo only.</strong> <a href=\"/demo/mailbox\">Back to the"
                + " mailbox</a></p><p>To: ").append(escape(String.join(", ", addresses(mail))))
                .append("</p><pre style=\"white-space: pre-wrap;\">").append(linkToTheStore(escape(textOf(mail)), request))
                .append("</pre></body></html>").toString();
    }

    private static MimeMessage[] mails(HttpServletResponse response) {
        DemoMailServer server = DemoMailServer.running();
        if (server == null) {
            throw new PageNotFoundException();
        }
        response.setHeader("Cache-Control", "no-store");
        return server.received();
    }

    private static StringBuilder start(String title) {
        return new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>")
                .append(escape(title)).append("</title></head><body><h1>").append(escape(title)).append("</h1>");
    }

    private static String[] addresses(MimeMessage mail) throws MessagingException {
        javax.mail.Address[] to = mail.getAllRecipients();
        String[] names = new String[to == null ? 0 : to.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = to[i].toString();
        }
        return names;
    }

    /** The plain-text part (Concierge's mails always have one). */
    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                String text = textOf(parts.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /**
     * The store's own links in the (escaped) text become links, so that a survey's score or a case's thread opens
     * from the demo mailbox with a click; any other address stays text.
     */
    private static String linkToTheStore(String escaped, HttpServletRequest request) {
        String store = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
        Matcher link = LINK.matcher(escaped);
        StringBuffer linked = new StringBuffer();
        while (link.find()) {
            String url = link.group();
            link.appendReplacement(linked, Matcher.quoteReplacement(url.startsWith(store)
                    ? "<a href=\"" + url + "\">" + url + "</a>" : url));
        }
        return link.appendTail(linked).toString();
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
