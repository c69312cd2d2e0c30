@org.jspecify.annotations.NullMarked
package org.youthvoice.safeguarding.ui;
