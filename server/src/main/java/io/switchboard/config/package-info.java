/** Process settings: the option table, and loading from flags, environment and config file. */
package io.switchboard.config;
