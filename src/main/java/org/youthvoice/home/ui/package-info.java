@org.jspecify.annotations.NullMarked
package org.youthvoice.home.ui;
