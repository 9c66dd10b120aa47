/** Application services for PI accounts: authentication of requests and the start-up account. */
package io.sipush.ppg.pushinitiator.application;
