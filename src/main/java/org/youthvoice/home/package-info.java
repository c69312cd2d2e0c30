/**
 * Where people land: a young member's home and the staff start page. Reads other modules' public services; no module
 * depends on it.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.home;
