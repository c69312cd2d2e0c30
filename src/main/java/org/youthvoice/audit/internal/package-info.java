@org.jspecify.annotations.NullMarked
package org.youthvoice.audit.internal;
