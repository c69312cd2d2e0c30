@org.jspecify.annotations.NullMarked
package org.youthvoice.framework.internal;
