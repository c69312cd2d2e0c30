package org.youthvoice.api.internal;

/** A token just made: {@code secret} is shown to its owner this once and kept nowhere. */
public record NewApiToken(ApiToken token, String secret) {
}
