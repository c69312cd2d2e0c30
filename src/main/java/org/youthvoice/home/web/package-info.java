/** A young member's home as a plain page: their surveys, votes, "tell us" channels and what changed. */
@org.jspecify.annotations.NullMarked
package org.youthvoice.home.web;
