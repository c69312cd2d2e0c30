@org.jspecify.annotations.NullMarked
package org.youthvoice.feedback.ui;
