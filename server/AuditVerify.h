#pragma once

#include "Result.h"
#include "audit/AuditRecord.h"

namespace gatehouse::server {

class Store;

// Walks the whole chain in the store, page by page, and checks every record
// and link, and that the stored head matches the last record (so a deleted
// tail is found too).
Result<ChainVerdict> verifyStoredChain(Store &store);

} // namespace gatehouse::server
