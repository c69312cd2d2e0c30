@org.jspecify.annotations.NullMarked
package org.youthvoice.security.internal;
