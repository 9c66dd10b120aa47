/**
 * Application services for PI accounts: authentication of requests, the start-up account, and
 * the management of accounts and their policies behind the admin API.
 */
package io.sipush.ppg.pushinitiator.application;
