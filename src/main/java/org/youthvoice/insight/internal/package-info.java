@org.jspecify.annotations.NullMarked
package org.youthvoice.insight.internal;
