package org.youthvoice.demo.internal;

/** A demo login, as listed in README.md. */
public record DemoAccount(String username, String secret, String role) {
}
