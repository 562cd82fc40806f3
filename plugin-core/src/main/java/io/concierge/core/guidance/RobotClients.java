package io.concierge.core.guidance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javax.annotation.PostConstruct;

/**
 * Which clients are obvious robots, by their User-Agent (bean {@code cncGuidanceRobots}): guidance counts no
 * impression or click of theirs, so the report's rates are the shoppers'. The pattern is
 * {@code concierge.guidance.tracking.robotUserAgents} (a Java regular expression found anywhere in the User-Agent,
 * case-insensitive; empty for {@link #OBVIOUS_ROBOTS}); a request without a User-Agent is a robot's. Generic HTTP
 * libraries are not in the default: a headless storefront's server may call the JSON API with one for its shoppers.
 */
@Component("cncGuidanceRobots")
public class RobotClients {

    /** Crawlers, link previewers, uptime monitors and command-line fetchers. */
    public static final String OBVIOUS_ROBOTS = "bot\\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit"
            + "|bingpreview|mediapartners-google|lighthouse|pingdom|uptimerobot|^curl/|^wget/";

    @Value("${concierge.guidance.tracking.robotUserAgents:}")
    protected String setting = "";

    private Pattern robots;

    public RobotClients() {
    }

    RobotClients(String setting) {
        this.setting = setting;
        compile();
    }

    /** A wrong pattern stops the start with the setting's name, not the first page. */
    @PostConstruct
    public void compile() {
        String pattern = setting == null || setting.trim().isEmpty() ? OBVIOUS_ROBOTS : setting.trim();
        try {
            robots = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("concierge.guidance.tracking.robotUserAgents is not a regular"
                    + " expression: " + e.getDescription() + " in '" + pattern + "'", e);
        }
    }

    public boolean isRobot(String userAgent) {
        return userAgent == null || userAgent.trim().isEmpty() || robots.matcher(userAgent).find();
    }
}
