package io.concierge.core.guidance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RobotClientsTest {

    private final RobotClients byDefault = new RobotClients("");

    @Test
    void crawlersPreviewersMonitorsAndCommandLineFetchersAreRobots() {
        assertThat(byDefault.isRobot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
                .isTrue();
        assertThat(byDefault.isRobot("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"))
                .isTrue();
        assertThat(byDefault.isRobot("Mozilla/5.0 (compatible; YandexBot/3.0)")).isTrue();
        assertThat(byDefault.isRobot("facebookexternalhit/1.1")).isTrue();
        assertThat(byDefault.isRobot("Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)")).isTrue();
        assertThat(byDefault.isRobot("Mozilla/5.0 (compatible; UptimeRobot/2.0)")).isTrue();
        assertThat(byDefault.isRobot("curl/8.5.0")).isTrue();
        assertThat(byDefault.isRobot("")).isTrue();
        assertThat(byDefault.isRobot(null)).isTrue();
    }

    @Test
    void browsersPhonesNamedLikeRobotsAndHttpLibrariesAreNot() {
        assertThat(byDefault.isRobot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/120.0.0.0 Safari/537.36")).isFalse();
        assertThat(byDefault.isRobot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1")).isFalse();
        assertThat(byDefault.isRobot("Mozilla/5.0 (Linux; Android 12; CUBOT_X50) AppleWebKit/537.36")).isFalse();
        assertThat(byDefault.isRobot("Java-http-client/17.0.9")).as("a headless store's server").isFalse();
    }

    @Test
    void theMerchantsPatternReplacesTheDefaultAndAWrongOneStopsTheStart() {
        RobotClients own = new RobotClients("HeadlessChrome|MyMonitor");
        assertThat(own.isRobot("Mozilla/5.0 HeadlessChrome/120.0")).isTrue();
        assertThat(own.isRobot("Googlebot/2.1")).isFalse();
        assertThatThrownBy(() -> new RobotClients("bot(")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concierge.guidance.tracking.robotUserAgents");
    }
}
