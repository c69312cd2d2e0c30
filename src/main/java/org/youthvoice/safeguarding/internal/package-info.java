/**
 * Text analysis (Lucene) and phrase matching behind {@link org.youthvoice.safeguarding.Screening}.
 */
@org.jspecify.annotations.NullMarked
package org.youthvoice.safeguarding.internal;
