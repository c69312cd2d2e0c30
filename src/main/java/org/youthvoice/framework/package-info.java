/**
 * Strategy frameworks: plans, their priorities and outcomes, as a versioned tag tree with stable codes.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.framework;
