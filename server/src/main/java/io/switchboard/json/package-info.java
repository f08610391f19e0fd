/** JSON parsing and writing: the only package that touches Jackson's mapper directly. */
package io.switchboard.json;
