/**
 * Accounts: staff with roles, young members who log in with a code an officer gives them. Later: forums and groups.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.people;
