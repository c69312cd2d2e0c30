@org.jspecify.annotations.NullMarked
package org.youthvoice.framework.ui;
