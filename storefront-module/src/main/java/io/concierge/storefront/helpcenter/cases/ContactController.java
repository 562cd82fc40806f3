package io.concierge.storefront.helpcenter.cases;

import io.concierge.core.helpcenter.cases.ContactChannels;
import io.concierge.storefront.kernel.CapabilityRoutes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;

/** {@code /help/contact}: the channels the merchant lists, each with its hours and the reply time to expect. */
@Controller
@CapabilityRoutes("helpcenter")
public class ContactController {

    @Resource(name = "cncContactChannels")
    protected ContactChannels channels;

    @RequestMapping(value = "/help/contact", method = RequestMethod.GET)
    public String contact(Model model) {
        model.addAttribute("channels", channels.forContactPage());
        return "helpcenter/contact";
    }
}
