@org.jspecify.annotations.NullMarked
package org.youthvoice.help.internal;
