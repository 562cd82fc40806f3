package io.concierge.core.kernel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;

/**
 * The address a request comes from, for rate limits: {@code request.getRemoteAddr()}, unless the store runs behind
 * proxies it names. Then, for a request from one of {@code concierge.clientAddress.trustedProxies}, the header
 * {@code concierge.clientAddress.header} (e.g. {@code X-Forwarded-For}) is read from its right end, skipping the
 * trusted proxies: the first other address is the client's. A header from anyone else is ignored, since a client can
 * send any header. Bean {@code cncClientAddresses}.
 */
@Component("cncClientAddresses")
public class ClientAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private final String header;
    private final Set<String> trustedProxies;

    @Autowired
    public ClientAddresses(@Value("${concierge.clientAddress.header:}") String header,
                           @Value("${concierge.clientAddress.trustedProxies:}") String trustedProxies) {
        this.header = header == null ? "" : header.trim();
        this.trustedProxies = new HashSet<String>(split(trustedProxies));
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (header.isEmpty() || !trustedProxies.contains(remote)) {
            return remote;
        }
        List<String> forwarded = split(request.getHeader(header));
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                return remote;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private static List<String> split(String list) {
        if (list == null || list.trim().isEmpty()) {
            return Collections.emptyList();
        }
        return Arrays.asList(list.trim().split("\\s*,\\s*"));
    }
}
