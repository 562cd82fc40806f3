package io.concierge.storefront.kernel;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

/** Tells a headless storefront which Concierge capabilities are installed, and which of them are switched on. */
@Controller
public class CapabilitiesApiController {

    @Resource(name = "cncShopperCapabilities")
    protected ShopperCapabilities capabilities;

    @RequestMapping(value = "/api/concierge/v1/capabilities", method = RequestMethod.GET,
            produces = "application/json")
    @ResponseBody
    public Map<String, Object> capabilities() {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("capabilities", capabilities.current().all());
        return body;
    }
}
