package org.youthvoice.feedback;

/** A group with its own access code on a channel, e.g. a school or a children's home, and how much it has sent. */
public record ChannelGroup(long id, long channelId, String name, String code, long items) {
}
