package io.concierge.storefront.kernel;

import io.concierge.core.kernel.Capability;
import io.concierge.core.kernel.ConciergeSettings;
import io.concierge.core.kernel.ConciergeSettingsService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

/** Tells a headless storefront which Concierge capabilities the merchant has switched on. */
@Controller
public class CapabilitiesApiController {

    @Resource(name = "cncSettingsService")
    protected ConciergeSettingsService settingsService;

    @RequestMapping(value = "/api/concierge/v1/capabilities", method = RequestMethod.GET,
            produces = "application/json")
    @ResponseBody
    public Map<String, Object> capabilities() {
        ConciergeSettings settings = settingsService.currentSettings();
        Map<String, Boolean> enabled = new LinkedHashMap<String, Boolean>();
        for (Capability capability : Capability.values()) {
            enabled.put(capability.key(), settings.isEnabled(capability));
        }
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("capabilities", enabled);
        return body;
    }
}
