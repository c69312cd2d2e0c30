@org.jspecify.annotations.NullMarked
package org.youthvoice.survey.internal;
