/** How each kind of ballot is counted; reached only through {@link org.youthvoice.voting.internal.Count}. */
@org.jspecify.annotations.NullMarked
package org.youthvoice.voting.counting;
