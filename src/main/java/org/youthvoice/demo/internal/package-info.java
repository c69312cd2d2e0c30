@org.jspecify.annotations.NullMarked
package org.youthvoice.demo.internal;
