@org.jspecify.annotations.NullMarked
package org.youthvoice.safeguarding.internal;
