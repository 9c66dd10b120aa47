/** The PPG's interfaces to the outside: the PAP endpoint, and later the admin API and console. */
package io.sipush.ppg.interfaces;
