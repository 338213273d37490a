#pragma once

#include "Result.h"
#include "audit/ChainVerifier.h"

namespace gatehouse::server {

class Store;

struct TrustInputs
{
    std::optional<PinnedKey> pin;
    std::optional<SignedHead> head;
    QList<Checkpoint> checkpoints;
};

// Walks the whole chain in the store, page by page, through a ChainVerifier:
// every record and link, key rotations, the head and checkpoints given, and
// that the stored head matches the last record (so a deleted tail is found).
Result<TrustReport> verifyStoredTrust(Store &store, const TrustInputs &inputs);

// The chain alone, without keys or checkpoints.
Result<ChainVerdict> verifyStoredChain(Store &store);

} // namespace gatehouse::server
