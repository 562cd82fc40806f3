package io.concierge.admin.kernel;

/** The entity of the toy capability that the seeder tests add (only its class names reach the admin rows). */
public interface ToyRecord {
}
