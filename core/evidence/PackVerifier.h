#pragma once

#include "audit/PinnedKey.h"

#include <QStringList>

namespace gatehouse::evidence {

// What verifying a pack found. Each problem names the file it is about.
struct PackReport
{
    QStringList problems;
    QStringList findings; // what held, in words
    bool ok() const { return problems.isEmpty(); }
};

// Verifies an evidence pack folder with no network, trusting only `pin`:
// the manifest's signature (by the key in force at the export, reached from
// the pinned key through the key history), every file's SHA-256, no file
// outside the manifest, the chain segment (links, hashes, the signed heads
// at both ends, the checkpoints inside it) and that every population CSV is
// exactly what the segment says.
PackReport verifyPack(const QString &dir, const PinnedKey &pin);

} // namespace gatehouse::evidence
