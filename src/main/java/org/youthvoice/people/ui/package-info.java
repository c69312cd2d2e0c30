@org.jspecify.annotations.NullMarked
package org.youthvoice.people.ui;
