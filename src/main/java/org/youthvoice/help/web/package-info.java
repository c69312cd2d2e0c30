/** "Get help now", privacy per age band and the accessibility statement as plain pages anyone can open. */
@org.jspecify.annotations.NullMarked
package org.youthvoice.help.web;
