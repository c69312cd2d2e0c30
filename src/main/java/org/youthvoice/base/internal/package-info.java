/**
 * The SQL of base's own tables: throttle windows, repeated texts and the install's secrets. Other modules use them
 * through {@link org.youthvoice.base.AddressAttempts}, {@link org.youthvoice.base.RepeatedTexts} and
 * {@link org.youthvoice.base.AddressKeys}, which keep the rules. And the event log's trimming, for
 * {@link org.youthvoice.base.db.EventLogTimes}.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.base.internal;
