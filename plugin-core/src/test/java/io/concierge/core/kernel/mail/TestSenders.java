package io.concierge.core.kernel.mail;

import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.TaskScheduler;

import java.util.Properties;

/**
 * Outbox senders of the benchmarks: on the context's outbox, to a test SMTP server on 127.0.0.1, not scheduled (the
 * benchmark calls {@link OutboxSender#sendDueMails} itself), with time-outs of 10 s.
 */
public final class TestSenders {

    private TestSenders() {
    }

    public static OutboxSender toLocalSmtp(ApplicationContext context, int port, int batchSize, int connections) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
        Properties timeouts = new Properties();
        timeouts.setProperty("mail.smtp.connectiontimeout", "10000");
        timeouts.setProperty("mail.smtp.timeout", "10000");
        timeouts.setProperty("mail.smtp.writetimeout", "10000");
        mailSender.setJavaMailProperties(timeouts);
        OutboxSender sender = new OutboxSender();
        sender.store = context.getBean("cncOutboxMailStore", OutboxMailStore.class);
        sender.scheduler = context.getBean("cncTaskScheduler", TaskScheduler.class);
        sender.mailSender = mailSender;
        sender.enabled = false;
        sender.from = "Concierge Bench <store@shop.example.com>";
        sender.batchSize = batchSize;
        sender.connections = connections;
        sender.start();
        return sender;
    }
}
