@org.jspecify.annotations.NullMarked
package org.youthvoice.participation.ui;
