@org.jspecify.annotations.NullMarked
package org.youthvoice.api.ui;
