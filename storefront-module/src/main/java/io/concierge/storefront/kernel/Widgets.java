package io.concierge.storefront.kernel;

import io.concierge.core.kernel.CapabilityModules;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@link Widget} bean, by name, behind the one FreeMarker method and the one Thymeleaf element: it answers
 * {@link Widget#nothing()} while the widget's capability is switched off, so no widget checks the switch itself.
 */
public class Widgets {

    private final ShopperCapabilities capabilities;
    private final Map<String, Widget> byName = new LinkedHashMap<String, Widget>();

    /** @throws IllegalArgumentException at start-up for two widgets of one name or a capability not installed */
    @Autowired
    public Widgets(CapabilityModules modules, ShopperCapabilities capabilities, List<Widget> widgets) {
        this.capabilities = capabilities;
        for (Widget widget : widgets) {
            modules.require(widget.capability());
            if (byName.put(widget.name(), widget) != null) {
                throw new IllegalArgumentException("two Concierge widgets are named " + widget.name());
            }
        }
    }

    /**
     * The widget's content for these arguments.
     *
     * @throws IllegalArgumentException for a name no widget has, so that a misspelt theme fails where it is written
     */
    public Object content(String name, Map<String, ?> arguments) {
        Widget widget = byName.get(name);
        if (widget == null) {
            throw new IllegalArgumentException("No Concierge widget is named '" + name + "'; there are " + names());
        }
        if (!capabilities.isOn(widget.capability())) {
            return widget.nothing();
        }
        return widget.content(new WidgetArguments(arguments));
    }

    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<String>(byName.keySet()));
    }
}
