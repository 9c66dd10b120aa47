/** Application service of the terminal registry: applies REGISTERs and announces new routes. */
package io.sipush.ppg.terminal.application;
