@org.jspecify.annotations.NullMarked
package org.youthvoice.actions.internal;
