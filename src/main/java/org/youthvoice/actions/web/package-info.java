/** The public "you said, we did" page and its printable posters, as plain pages anyone can open. */
@org.jspecify.annotations.NullMarked
package org.youthvoice.actions.web;
