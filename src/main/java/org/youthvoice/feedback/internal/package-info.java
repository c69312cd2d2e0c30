@org.jspecify.annotations.NullMarked
package org.youthvoice.feedback.internal;
