/**
 * The PPG's adapters to the outside world, thin and free of business rules: the PAP endpoint
 * ({@code papserver}), the admin REST API ({@code admin}) and the static PPG console ({@code
 * console}). They authenticate, decode, call the application services and encode the answer.
 */
package io.sipush.ppg.interfaces;
