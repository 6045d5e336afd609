/**
 * Sources that site owners register themselves (rows of {@code source} with origin 'owner'): registration as
 * pending, approval or rejection by an admin, the owner's private management link (stored only as a hash), pause,
 * defaults, ownership proof and removal — which withdraws the source's activities from the overview but keeps
 * their history.
 */
package nl.bijeen.aggregator.owner;
