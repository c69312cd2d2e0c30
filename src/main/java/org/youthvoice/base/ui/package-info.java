@org.jspecify.annotations.NullMarked
package org.youthvoice.base.ui;
